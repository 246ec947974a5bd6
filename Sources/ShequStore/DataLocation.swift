import Foundation

/// Where Shequ keeps data and reads its configuration, resolved from the
/// command line and the environment as PRODUCT §2 says.
public enum DataLocation {
    /// The data directory: `--data-dir`, else `$SHEQU_DATA_DIR`, else
    /// `$XDG_DATA_HOME/shequ`, else `~/.local/share/shequ`.
    public static func dataDirectory(explicit: String?, environment: [String: String]) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let value = environment["SHEQU_DATA_DIR"], !value.isEmpty { return URL(fileURLWithPath: value) }
        if let value = environment["XDG_DATA_HOME"], !value.isEmpty {
            return URL(fileURLWithPath: value).appendingPathComponent("shequ")
        }
        return home(environment).appendingPathComponent(".local/share/shequ")
    }

    /// The configuration file: `$XDG_CONFIG_HOME/shequ/config.toml`, else
    /// `~/.config/shequ/config.toml`.
    public static func configFile(environment: [String: String]) -> URL {
        configDirectory(environment: environment).appendingPathComponent("config.toml")
    }

    /// The folder of the configuration file, where user themes also live.
    public static func configDirectory(environment: [String: String]) -> URL {
        if let value = environment["XDG_CONFIG_HOME"], !value.isEmpty {
            return URL(fileURLWithPath: value).appendingPathComponent("shequ")
        }
        return home(environment).appendingPathComponent(".config/shequ")
    }

    /// A supervisor's signing key: in the config folder, never in the data
    /// directory, so that sharing or syncing data never shares the key.
    public static func signingKeyFile(environment: [String: String]) -> URL {
        configDirectory(environment: environment).appendingPathComponent("signing-key")
    }

    /// The street office's root key, which signs the roster: beside the
    /// signing key, never in the data directory.
    public static func rootKeyFile(environment: [String: String]) -> URL {
        configDirectory(environment: environment).appendingPathComponent("root-key")
    }

    private static func home(_ environment: [String: String]) -> URL {
        URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
    }
}
