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

/// The example file's body as the README shows it: without its `// ` comment header.
fn example_body(name: &str) -> String {
    let path = format!("{}/examples/{name}.rs", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip_while(|l| l.starts_with("// "))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn readme_shows_the_gateway_and_roster_examples_verbatim() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    for name in ["gateways", "roster"] {
        assert!(
            readme.contains(&example_body(name)),
            "README.md's example differs from core/examples/{name}.rs"
        );
    }
}

mod gateways {
    include!("../examples/gateways.rs");

    pub(crate) fn run() -> Result<(), Box<dyn std::error::Error>> {
        main()
    }
}

mod roster_example {
    include!("../examples/roster.rs");

    pub(crate) fn run() -> Result<(), Box<dyn std::error::Error>> {
        main()
    }
}

#[test]
fn the_gateway_and_roster_examples_run() {
    gateways::run().unwrap();
    roster_example::run().unwrap();
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
