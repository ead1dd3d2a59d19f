import Foundation
import Testing

/// The completion scripts `gongwen --generate-completion-script` writes, loaded into bash, zsh and fish
/// and asked for candidates as a user's TAB would: option values and file names by extension.
struct CompletionCLITests {
  /// In CI (`CI=true`) the shells must be installed (scripts/ensure-deps.sh test installs them).
  static func shellAvailable(_ path: String) -> Bool {
    GongwenCLI.isAvailable
      && (FileManager.default.isExecutableFile(atPath: path) || ProcessInfo.processInfo.environment["CI"] == "true")
  }

  /// A folder with files of every kind the commands take, and the binary's folder first on PATH.
  private func workFolder() throws -> WorkDirectory {
    let work = try WorkDirectory()
    for name in ["anqing.docx", "anqing.xlsx", "anqing.csv", "anqing.txt", "anqing.yaml", "bengbu.odt", "data.json"] {
      try work.write(name, "x")
    }
    try FileManager.default.createDirectory(atPath: work.path("archive"), withIntermediateDirectories: true)
    return work
  }

  private func run(_ shell: String, _ script: String, in work: WorkDirectory, arguments: [String] = []) throws -> [String] {
    let binary = try #require(GongwenCLI.binary)
    try work.write("complete.sh", script)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: shell)
    process.arguments = [work.path("complete.sh")] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: work.root)
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = URL(fileURLWithPath: binary).deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
    environment["LANG"] = "C.UTF-8"
    environment["HOME"] = work.root
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(shell) failed")
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }
  }

  /// Each line's candidates in bash, separated by `@@` lines.
  private func bash(_ lines: [String], in work: WorkDirectory) throws -> [[String]] {
    var script = """
      source <(gongwen --generate-completion-script bash)
      ask() {
        COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}
        read -ra COMP_WORDS <<< "$1"
        [[ "$1" == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        COMPREPLY=()
        _gongwen gongwen "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}" | sort -u
        echo @@
      }

      """
    for line in lines { script += "ask '\(line)'\n" }
    return groups(try run("/bin/bash", script, in: work))
  }

  private func groups(_ output: [String]) -> [[String]] {
    var result: [[String]] = [[]]
    for line in output {
      if line == "@@" { result.append([]) } else if !line.isEmpty { result[result.count - 1].append(line) }
    }
    return Array(result.dropLast())
  }

  @Test(.enabled(if: shellAvailable("/bin/bash"))) func bashCompletesValuesAndFilesByExtension() throws {
    let work = try workFolder()
    defer { work.remove() }
    let answers = try bash(["gongwen batch --format ", "gongwen batch anq", "gongwen batch anqing.docx --units anq",
                            "gongwen inspect --skeleton ", "gongwen render anqing.docx ", "gongwen render --o"], in: work)
    try #require(answers.count == 6, "\(answers)")
    #expect(Set(answers[0]) == ["docx", "odt", "pdf"])
    #expect(answers[1] == ["anqing.docx"], "the template: .docx and .odt files only")
    #expect(Set(answers[2]) == ["anqing.csv", "anqing.xlsx", "anqing.yaml"])
    #expect(Set(answers[3]) == ["json", "yaml"])
    #expect(Set(answers[4]).isSuperset(of: ["anqing.yaml", "data.json"]) && !answers[4].contains("anqing.docx"))
    #expect(answers[5] == ["--output"])
  }

  @Test(.enabled(if: shellAvailable("/usr/bin/fish"))) func fishCompletesValuesAndFilesByExtension() throws {
    let work = try workFolder()
    defer { work.remove() }
    var script = "gongwen --generate-completion-script fish | source\n"
    for line in ["gongwen batch --format ", "gongwen batch anq", "gongwen inspect --skeleton ",
                 "gongwen batch anqing.docx --units anq"] {
      script += "complete -C '\(line)'\necho @@\n"
    }
    let answers = groups(try run("/usr/bin/fish", script, in: work))
    try #require(answers.count == 4, "\(answers)")
    #expect(Set(answers[0]) == ["docx", "odt", "pdf"])
    #expect(answers[1] == ["anqing.docx"], "\(answers[1])")
    #expect(Set(answers[2]) == ["json", "yaml"])
    #expect(Set(answers[3]) == ["anqing.csv", "anqing.xlsx", "anqing.yaml"], "\(answers[3])")
  }

  /// zsh completes only in its line editor: a zsh on a pseudo-terminal (zpty) is sent the line and a TAB,
  /// with `compadd` wrapped to print what the completion adds.
  @Test(.enabled(if: shellAvailable("/usr/bin/zsh"))) func zshCompletesValuesAndFilesByExtension() throws {
    let work = try workFolder()
    defer { work.remove() }
    try FileManager.default.createDirectory(atPath: work.path("zfunc"), withIntermediateDirectories: true)
    let generated = try GongwenCLI.run(["--generate-completion-script", "zsh"])
    try work.write("zfunc/_gongwen", generated.stdout)
    try work.write("init.zsh", """
      PROMPT=''
      fpath=(\(work.path("zfunc")) $fpath)
      autoload -U compinit && compinit -u
      compadd () {
        if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd "$@"; return $?; fi
        typeset -a __hits
        builtin compadd -A __hits "$@"
        builtin compadd "$@"
        local hit
        for hit in $__hits; do print -r -- "@@C $hit"; done
      }
      zstyle ':completion:*' list-grouped false
      zstyle ':completion:*' insert-tab false
      bindkey '^I' complete-word

      """)
    let capture = """
      zmodload zsh/zpty
      zpty z zsh -f -i
      typeset -g all=""
      await() {
        local out i
        for i in {1..100}; do
          while zpty -rt z out; do all+=$out; done
          [[ $all == *$1$'\\r'* ]] && return 0
          sleep 0.1
        done
        exit 1
      }
      zpty -w z "source \(work.path("init.zsh")); print @@READY"
      await @@READY
      all=""
      zpty -w -n z "$1"$'\\t'
      sleep 0.5
      zpty -w z $'\\C-u'"print @@END"
      await @@END
      zpty -d z
      local -a pieces
      pieces=("${(@s:@@C :)all}")
      for piece in "${(@)pieces[2,-1]}"; do print -r -- "${piece%%$'\\r'*}"; done
      exit 0

      """
    func candidates(_ line: String) throws -> Set<String> {
      Set(try run("/usr/bin/zsh", capture, in: work, arguments: [line]).filter { !$0.isEmpty })
    }
    #expect(try candidates("gongwen batch --format ") == ["docx", "odt", "pdf"])
    #expect(try candidates("gongwen batch anq") == ["anqing.docx"])
    #expect(try candidates("gongwen batch anqing.docx --units anq") == ["anqing.csv", "anqing.xlsx", "anqing.yaml"])
    #expect(try candidates("gongwen inspect --skeleton ") == ["json", "yaml"])
  }
}
