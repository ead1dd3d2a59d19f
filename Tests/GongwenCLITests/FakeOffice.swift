import Foundation

/// A stand-in `soffice` for tests of what Gongwen does when LibreOffice misbehaves: a shell script put
/// first on PATH. It records its process id (and that of a child it starts) in its folder.
struct FakeOffice {
  /// What the stand-in does with the first document.
  enum Behaviour {
    /// Writes the first 40 bytes of a PDF, then kills itself.
    case writesHalfAPDFAndDies
    /// Starts a child and waits for it, forever.
    case hangs
  }

  let folder: String

  init(_ behaviour: Behaviour, in work: WorkDirectory) throws {
    folder = work.path("fake-office")
    let action: String
    switch behaviour {
    case .writesHalfAPDFAndDies:
      action = #"printf '%%PDF-1.6\n1 0 obj\n<</Type/Pages/Kids[' > "$out/$(basename "${inputs[0]%.*}").pdf"; kill -9 $$"#
    case .hangs:
      action = #"sleep 600 & echo $! > "$here/child.pid"; wait"#
    }
    let script = """
      #!/bin/bash
      here=\(folder)
      echo $$ > "$here/soffice.pid"
      out=""; inputs=()
      while [ $# -gt 0 ]; do
        case "$1" in
          --outdir) out=$2; shift 2 ;;
          --convert-to) shift 2 ;;
          -*) shift ;;
          *) inputs+=("$1"); shift ;;
        esac
      done
      mkdir -p "$out"
      \(action)

      """
    try work.write("fake-office/soffice", script)
    chmod(work.path("fake-office/soffice"), 0o755)
  }

  /// PATH with the stand-in first.
  var path: String { folder + ":/usr/bin:/bin" }

  /// The process ids the stand-in recorded.
  var recordedProcesses: [pid_t] {
    ["soffice.pid", "child.pid"].compactMap { name in
      (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8))
        .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
  }

  /// Whether a process runs: it exists and is not a zombie (a zombie has ended; only its parent's
  /// bookkeeping remains).
  static func isRunning(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
    return state != "Z" && state != "X"
  }
}
