import ArgumentParser
import Foundation
import ShequDomain
import ShequText

/// Standard output for the commands. Every write is checked, so that a full
/// disk (`> /dev/full`) or a closed file ends the command with a message on
/// standard error and exit status 1, never a crash or a silent exit 0 that
/// lost the output.
struct StandardOutput {
    let language: Language

    /// Writes `data` whole, or says why not and ends the command.
    func write(_ data: Data) throws {
        // A terminal in another character set than UTF-8 (a GB18030 one) is written to in its own.
        let shown = isatty(STDOUT_FILENO) == 1 ? LocaleCharset.current.map { $0.converted(data) } ?? data : data
        do {
            try FileHandle.standardOutput.write(contentsOf: shown)
        } catch {
            printError(language(L.cannotWriteOutput(String(cString: strerror(errno)))))
            throw ExitCode(1)
        }
    }

    /// Writes one line of text; control characters from the data (an
    /// escape sequence in a community's name) are shown, never sent.
    func line(_ text: String) throws {
        try write(Data((VisibleText.of(text) + "\n").utf8))
    }
}
