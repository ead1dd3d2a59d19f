import ArgumentParser
import Foundation
import Gongwen

/// Runs the command line with Gongwen's exit codes: 0 success, 1 template or data error, 2 usage error.
@main
enum Main {
  static func main() async {
    let arguments: [String]
    do {
      let chosen = try LanguageArgument.extract(from: Array(CommandLine.arguments.dropFirst()))
      MessageLanguage.current = chosen.language
      arguments = chosen.arguments
    } catch let failure as LanguageArgument.ValidationFailure {
      MessageLanguage.current = .fromLocale()
      FileHandle.standardError.write(Data((MessageCatalogue.word("error", in: .current) + ": " + failure.message + "\n").utf8))
      Foundation.exit(2)
    } catch {
      Foundation.exit(2)
    }
    do {
      var command = try GongwenCommand.parseAsRoot(arguments)
      if var server = command as? AsyncParsableCommand {
        try await server.run()
      } else {
        try command.run()
      }
    } catch let exit as ExitCode {
      // A run a signal ended reports it as the signal's status, even when its error got here before the
      // signal handler's own exit did.
      if exit != .success, let signal = ConversionInterrupt.shared.signal { Foundation.exit(128 + signal) }
      Foundation.exit(exit.rawValue)
    } catch {
      let code = GongwenCommand.exitCode(for: error)
      let fullMessage = GongwenCommand.fullMessage(for: error)
      if code == .success {
        print(HelpText.translatedHeadings(fullMessage))
        Foundation.exit(0)
      }
      let message = UsageErrorText.translated(fullMessage, message: GongwenCommand.message(for: error))
      FileHandle.standardError.write(Data((message + "\n").utf8))
      Foundation.exit(2)
    }
  }
}
