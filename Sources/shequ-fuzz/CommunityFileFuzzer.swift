import CFuzzerDriver
import Foundation
import ShequDomain
import ShequStore

/// The property every input must keep: the community file decoder either
/// refuses the bytes with a problem or gives a community that saves and
/// reads back unchanged and whose rules compute; it never traps or hangs.
enum CommunityFileFuzzer {
    static func check(_ bytes: [UInt8]) {
        guard let contents = try? CommunityFile.decode(Data(bytes)) else { return }
        _ = CommunityRules.problems(contents.community, trusted: TrustedReviewers())
        guard let saved = try? CommunityFile.encode(contents.community) else { return }
        guard let again = try? CommunityFile.decode(saved), again.community == contents.community else {
            // A finding: libFuzzer saves the input that aborts.
            FileHandle.standardError.write(Data("a community that loaded did not read back unchanged\n".utf8))
            abort()
        }
    }
}

/// Built with `-sanitize=fuzzer -DFUZZING` (see README), hands the check to
/// libFuzzer with the command line; otherwise replays the files named on
/// the command line (a corpus, or a crash libFuzzer saved) through it.
@main
struct FuzzOrReplay {
    static func main() {
        #if FUZZING
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(
                LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                    CommunityFileFuzzer.check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
                    return 0
                })
        #else
            for path in CommandLine.arguments.dropFirst() {
                CommunityFileFuzzer.check(Array(FileManager.default.contents(atPath: path) ?? Data()))
                print("ok: " + path)
            }
        #endif
    }
}
