//! The README's Rust example is `examples/quickstart.rs`, word for word, and it runs.

#[test]
fn readme_shows_the_quickstart_example_verbatim() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/quickstart.rs"
    ))
    .unwrap();
    let body: String = example
        .lines()
        .filter(|l| !l.starts_with("// "))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(
        readme.contains(&body),
        "README.md's Rust example differs from core/examples/quickstart.rs"
    );
}

mod quickstart {
    include!("../examples/quickstart.rs");

    pub(crate) fn run() -> Result<(), Box<dyn std::error::Error>> {
        main()
    }
}

#[test]
fn quickstart_runs() {
    quickstart::run().unwrap();
}

#[test]
fn readme_shows_the_c_example_verbatim() {
    // tests/c/readme_example.c is built and run by the C suite; the README must show it as is.
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/c/readme_example.c"
    ))
    .unwrap();
    let body: String = example
        .lines()
        .skip_while(|l| l.starts_with("/*") || l.starts_with(" *"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(body.contains("vpncert_create_ssl_vpn_client_cert"));
    assert!(
        readme.contains(&body),
        "README.md's C example differs from tests/c/readme_example.c"
    );
}
