import Foundation

extension OfficeProfile {
  private static let registryNS = "http://openoffice.org/2001/registry"
  private static let bindingsPath = "/org.openoffice.Office.Events/ApplicationEvents/Bindings"

  private var user: URL { folder.appendingPathComponent("user") }
  private var registry: URL { user.appendingPathComponent("registrymodifications.xcu") }
  private var stamp: URL { user.appendingPathComponent("basic/\(OfficeLayoutMacro.library).installed") }

  /// Makes sure the profile holds `OfficeLayoutMacro`, binds it to the document-loaded event and has
  /// `OfficeProfileSettings` for the LibreOffice `soffice` starts.
  ///
  /// A profile LibreOffice has not created yet is created first (a short run that only starts and
  /// stops LibreOffice) when `create` is true; otherwise nothing happens until it exists. Returns false
  /// when the macro could not be put in place; the conversion then goes on without it.
  @discardableResult
  func prepare(soffice: String, work: URL, create: Bool) -> Bool {
    if !FileManager.default.fileExists(atPath: registry.path) {
      guard create, createProfile(soffice: soffice, work: work) else { return false }
    }
    let settings = OfficeProfileSettings.all(libreOfficeVersion: OfficeProfileSettings.libreOfficeVersion(soffice: soffice))
    // The stamp says this version of the macro is in place and bound: nothing to read or write.
    let version = Data((OfficeLayoutMacro.moduleFile + OfficeLayoutMacro.scriptURL + OfficeProfileSettings.signature(of: settings)).utf8)
    if FileManager.default.contents(atPath: stamp.path) == version { return true }
    do {
      let basic = user.appendingPathComponent("basic")
      let library = basic.appendingPathComponent(OfficeLayoutMacro.library)
      try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
      try Self.write(OfficeLayoutMacro.moduleFile, to: library.appendingPathComponent("\(OfficeLayoutMacro.module).xba"))
      try Self.write(OfficeLayoutMacro.libraryFile, to: library.appendingPathComponent("script.xlb"))
      try Self.write(OfficeLayoutMacro.containerFile, to: basic.appendingPathComponent("script.xlc"))
      guard try updateRegistry(settings) else { return false }
      try version.write(to: stamp, options: .atomic)
      return true
    } catch {
      return false
    }
  }

  /// Starts and stops LibreOffice once with this profile, so that it writes the profile's files.
  private func createProfile(soffice: String, work: URL) -> Bool {
    let arguments = ["-env:UserInstallation=\(folder.absoluteString)", "--headless", "--invisible", "--norestore",
                     "--nolockcheck", "--nodefault", "--nofirststartwizard", "--terminate_after_init"]
    let process = OfficeProcess(executable: soffice, arguments: arguments, environment: ProcessInfo.processInfo.environment,
                                log: work.appendingPathComponent("log-profile.txt"))
    guard let ending = try? process.run(outputs: [registry], limits: [OfficeConverter.timeout]), ending == .exited(0) else {
      return false
    }
    return FileManager.default.fileExists(atPath: registry.path)
  }

  /// Adds the event binding and `settings` to the profile's registry, replacing any other binding of
  /// the same event and any other value of the same settings.
  private func updateRegistry(_ settings: [OfficeProfileSettings.Setting]) throws -> Bool {
    guard let data = FileManager.default.contents(atPath: registry.path) else { return false }
    let xml = try XMLDocument(parsing: [UInt8](data), part: "registrymodifications.xcu")
    guard let root = xml.root else { return false }
    let path = XMLName(Self.registryNS, "path"), name = XMLName(Self.registryNS, "name"), op = XMLName(Self.registryNS, "op")
    let item = XMLName("", "item"), node = XMLName("", "node"), prop = XMLName("", "prop"), value = XMLName("", "value")
    // The registry's own elements are in no namespace.
    func child(_ parent: XMLNode?, _ local: String) -> XMLNode? {
      parent?.children.first { $0.isElement && $0.namespaceURI == nil && $0.localName == local }
    }
    for existing in root.children where existing.isElement && existing.namespaceURI == nil && existing.localName == "item" {
      let itemPath = existing.attribute(path)
      if itemPath == Self.bindingsPath, child(existing, "node")?.attribute(name) == OfficeLayoutMacro.event {
        existing.remove()
      } else if let property = child(existing, "prop")?.attribute(name),
        settings.contains(where: { $0.path == itemPath && $0.name == property })
      {
        existing.remove()
      }
    }
    for setting in settings {
      guard let added = root.appendElement(item, [(path, setting.path)])?.appendElement(prop, [(name, setting.name), (op, "fuse")])?
        .appendElement(value), let text = xml.makeText(setting.value), added.append(text) != nil
      else { return false }
    }
    guard let added = root.appendElement(item, [(path, Self.bindingsPath)]),
      let event = added.appendElement(node, [(name, OfficeLayoutMacro.event), (op, "replace")]),
      let url = event.appendElement(prop, [(name, "BindingURL"), (op, "fuse")])?.appendElement(value),
      let text = xml.makeText(OfficeLayoutMacro.scriptURL), url.append(text) != nil
    else { return false }
    try Data(XMLSerializer.bytes(of: xml)).write(to: registry, options: .atomic)
    return true
  }

  private static func write(_ text: String, to file: URL) throws {
    let bytes = Data(text.utf8)
    if FileManager.default.contents(atPath: file.path) == bytes { return }
    try bytes.write(to: file, options: .atomic)
  }
}
