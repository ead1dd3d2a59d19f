import ArgumentParser
import Foundation

/// Runs the command line with Gongwen's exit codes: 0 success, 1 template or data error, 2 usage error.
@main
enum Main {
  static func main() async {
    do {
      var command = try GongwenCommand.parseAsRoot()
      if var server = command as? AsyncParsableCommand {
        try await server.run()
      } else {
        try command.run()
      }
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch {
      let code = GongwenCommand.exitCode(for: error)
      let message = GongwenCommand.fullMessage(for: error)
      if code == .success {
        print(message)
        Foundation.exit(0)
      }
      FileHandle.standardError.write(Data((message + "\n").utf8))
      Foundation.exit(2)
    }
  }
}
