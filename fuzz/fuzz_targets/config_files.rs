//! Any text as the CLI config and the credentials INI file, through the real sources.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let scratch = std::env::temp_dir().join(format!("vpncert-fuzz-config-{}", std::process::id()));
    vpncert::fuzzing::parse_config_files(text, &scratch);
});
