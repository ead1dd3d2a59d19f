import Foundation
import Gongwen
import HTTPTypes
import Hummingbird

/// `/api/batch`: one document per unit of a table, answered as a zip with the manifest at its end. With
/// `async=1` the answer is a job to follow at `/api/jobs/ID` (progress) and fetch from `/api/jobs/ID/result`.
enum BatchRoutes {
  static func add(to router: Router<BasicRequestContext>, api: APIContext, jobs: BatchJobs) {
    router.post("/api/batch") { request, _ in
      let form: UploadForm
      do {
        form = try await api.readForm(request)
      } catch {
        return Reply.failure(error)
      }
      guard form.flag("async") else {
        return await run(form, api: api, progress: nil)
      }
      let id = await jobs.start()
      Task {
        let response = await run(form, api: api) { progress in Task { await jobs.update(id, progress) } }
        await jobs.finish(id, response: response)
      }
      return Reply.json(["status": "accepted", "job": id, "progress": "/api/jobs/\(id)", "result": "/api/jobs/\(id)/result"],
                        status: .accepted)
    }

    router.get("/api/jobs/{id}") { _, context in
      guard let id = context.parameters.get("id"), let state = await jobs.state(id) else {
        return Reply.failure(APIFailure(.unknownJob, ServerText(.thereIsNoSuch)))
      }
      return Reply.json(state)
    }

    router.get("/api/jobs/{id}/result") { _, context in
      guard let id = context.parameters.get("id"), let response = await jobs.result(id) else {
        return Reply.failure(APIFailure(.unknownJob, ServerText(.jobDoesNotExist),
                                        hint: ServerText(.followApiJobsId)))
      }
      return response
    }
  }

  /// Runs the batch of `form` as one job; the zip (or the failure) as the answer.
  static func run(_ form: UploadForm, api: APIContext, progress: (@Sendable (BatchProgress) -> Void)?) async -> Response {
    let options = api.options
    do {
      return try await api.runner.run { folder in
        let inputs = JobInputs(form: form, folder: folder, options: options)
        do {
          let template = try inputs.template(deflateLevel: BatchOptions.deflateLevel)
          let units = try inputs.units()
          guard units.units.count <= options.maxBatchDocuments else {
            throw APIFailure(.batchTooLarge,
                             ServerText(.batchWouldMakeV, ["v1": .text("\(units.units.count)"), "v2": .text("\(options.maxBatchDocuments)")]),
                             hint: ServerText(.splitTableOrStart2))
          }
          let common = try inputs.data(required: false, mapping: true)
          if let common { try JobInputs.refuseOutsidePictures(common, template: template) }
          for unit in units.units { try JobInputs.refuseOutsidePictures(unit.data, template: template) }
          let zipPath = folder + "/documents.zip"
          let batch = BatchOptions(
            outputDirectory: folder, namePattern: inputs.form.field("name"), format: try inputs.outputFormat(template),
            jobs: 1, zipPath: zipPath, common: common,
            renderOptions: RenderOptions(allowMissing: inputs.form.flag("allow_missing")),
            manifestFormat: inputs.form.field("manifest") == "json" ? .json : .csv)
          let summary = try BatchRunner(template: template, units: units, options: batch).run(progress: progress)
          guard let zip = FileManager.default.contents(atPath: zipPath) else {
            throw APIFailure(.workFolder, ServerText(.batchZipCouldNot))
          }
          let bytes = Array(zip)
          let stem = (template.file as NSString).deletingPathExtension
          return Reply.file(bytes, name: stem + "-批量.zip", contentType: "application/zip", headers: [
            HTTPField.Name("X-Gongwen-Written")!: String(summary.written),
            HTTPField.Name("X-Gongwen-Failed")!: String(summary.failed),
          ])
        } catch {
          return Reply.failure(error, scrubbing: folder)
        }
      }
    } catch {
      return Reply.failure(error)
    }
  }
}

/// Batches started with `async=1`: their progress while they run, their answer for 10 minutes after
/// (at most 16 finished answers are kept, the oldest dropped first, so memory stays bounded).
actor BatchJobs {
  private struct Entry {
    var done = 0, total = 0, failed = 0
    var response: Response?
    var finished: Date?
  }
  private var entries: [String: Entry] = [:]

  func start() -> String {
    let cutoff = Date().addingTimeInterval(-600)
    entries = entries.filter { ($0.value.finished ?? .distantFuture) > cutoff }
    let finished = entries.compactMap { id, entry in entry.finished.map { (id, $0) } }.sorted { $0.1 < $1.1 }
    for (id, _) in finished.dropLast(16) { entries[id] = nil }
    let id = UUID().uuidString.lowercased()
    entries[id] = Entry()
    return id
  }

  func update(_ id: String, _ progress: BatchProgress) {
    guard var entry = entries[id], progress.done >= entry.done else { return }
    entry.done = progress.done
    entry.total = progress.total
    entry.failed = progress.failed
    entries[id] = entry
  }

  func finish(_ id: String, response: Response) {
    entries[id]?.response = response
    entries[id]?.finished = Date()
  }

  func state(_ id: String) -> [String: Any]? {
    guard let entry = entries[id] else { return nil }
    var state: [String: Any] = ["job": id, "done": entry.done, "total": entry.total, "failed": entry.failed,
                                "status": entry.response == nil ? "running" : "done"]
    if let response = entry.response {
      state["httpStatus"] = Int(response.status.code)
      state["result"] = "/api/jobs/\(id)/result"
    }
    return state
  }

  func result(_ id: String) -> Response? { entries[id]?.response }
}
