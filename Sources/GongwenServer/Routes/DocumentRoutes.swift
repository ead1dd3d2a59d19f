import Foundation
import Gongwen
import Hummingbird

/// `/api/render`, `/api/check`, `/api/inspect`: one template with one data file.
enum DocumentRoutes {
  static func add(to router: Router<BasicRequestContext>, api: APIContext) {
    router.post("/api/render") { request, _ in
      await api.job(request) { inputs in
        let template = try inputs.template()
        let data = try inputs.data(required: true) ?? .null
        try JobInputs.refuseOutsidePictures(data, template: template)
        let target = try inputs.outputFormat(template)
        var bytes = try template.render(data, options: RenderOptions(allowMissing: inputs.form.flag("allow_missing")))
        if target != template.outputFormat {
          bytes = try OfficeConverter.convert(bytes, from: template.format, to: target)
        }
        return Reply.file(bytes, name: outputName(template, data: data, format: target),
                          contentType: Reply.contentType(target))
      }
    }

    router.post("/api/check") { request, _ in
      await api.job(request) { inputs in
        let template = try inputs.template()
        let allowMissing = RenderOptions(allowMissing: inputs.form.flag("allow_missing"))
        if inputs.form.files["units"] != nil {
          return Reply.json(try UnitCheck.run(template: template, units: try inputs.units(),
                                              common: try inputs.data(required: false, mapping: true), options: allowMissing),
                            scrubbing: inputs.folder)
        }
        let data = try inputs.data(required: true) ?? .null
        let dataName = inputs.form.files["data"]?.name ?? "data"
        let result = template.check(data, options: allowMissing)
        let unused = result.unusedKeys.map { Diagnostics.unusedKey($0.key, suggestion: $0.suggestion, data: dataName) }
        return Reply.json(ResultJSON.check(
          errors: result.errors.flatMap { Diagnostics.from($0) },
          warnings: result.warnings.map(Diagnostics.from(warning:)) + unused,
          fields: ["template": template.file, "data": dataName]), scrubbing: inputs.folder)
      }
    }

    router.post("/api/inspect") { request, _ in
      await api.job(request) { inputs in
        let template = try inputs.template()
        let outline = template.outline
        let skeleton = DataSkeleton(outline)
        let stem = (template.file as NSString).deletingPathExtension
        switch inputs.form.field("skeleton") {
        case "yaml":
          return Reply.file(Array(skeleton.yaml.utf8), name: stem + "-数据.yaml", contentType: "application/yaml; charset=utf-8")
        case "json":
          return Reply.file(Array(skeleton.json.utf8), name: stem + "-数据.json", contentType: "application/json; charset=utf-8")
        case "xlsx":
          return Reply.file(try skeleton.workbook(), name: stem + "-单位表.xlsx",
                            contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case nil:
          let encoder = JSONEncoder()
          encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
          var object = (try JSONSerialization.jsonObject(with: try encoder.encode(outline))) as? [String: Any] ?? [:]
          object["status"] = "ok"
          object["outlineText"] = outline.text
          object["columns"] = skeleton.columns.map { ["header": $0.header, "explanation": $0.explanation] }
          return Reply.json(object)
        case let other?:
          throw APIFailure(.badSkeleton, ServerText(.skeletonValueIsNot, ["value": .text("\(other)")]))
        }
      }
    }
  }

  /// `标题.docx` when the data has a title, else the template's name with the output's extension.
  static func outputName(_ template: Template, data: Value, format: OutputFormat) -> String {
    var stem = (template.file as NSString).deletingPathExtension
    if case .object(let members) = data, case .string(let title)? = members[TextConversion.titleKey] {
      let clean = UploadForm.displayName(title.replacingOccurrences(of: "/", with: "／"))
      if !clean.isEmpty { stem = String(clean.prefix(60)) }
    }
    return stem + "." + format.rawValue
  }
}
