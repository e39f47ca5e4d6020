//! `vpncert completions SHELL` and `vpncert man`: made from the command line's definition, so
//! every command `--help` lists is in them.

mod common;

use common::{run, Sandbox};

/// The commands `vpncert --help` lists (without `help`).
fn commands(sb: &Sandbox) -> Vec<String> {
    let help = run(sb.bare().arg("--help")).assert_code(0).stdout.clone();
    let section = help
        .split("Commands:\n")
        .nth(1)
        .expect("--help lists commands");
    let names: Vec<String> = section
        .lines()
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|n| *n != "help")
        .map(str::to_owned)
        .collect();
    for expected in ["issue", "list", "delete", "emulator", "completions", "man"] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    names
}

#[test]
fn bash_completion_names_every_command_and_global_flag() {
    let sb = Sandbox::new();
    let out = run(sb.bare().args(["completions", "bash"]));
    out.assert_code(0);
    let script = &out.stdout;
    assert!(script.contains("complete -F _vpncert"), "{script}");
    for command in commands(&sb) {
        assert!(
            script.contains(&format!("vpncert,{command})")),
            "{command} is not completed"
        );
    }
    for flag in ["--endpoint", "--region", "--output", "--names-from"] {
        assert!(script.contains(flag), "{flag} is not completed");
    }
    // The script parses as bash.
    let path = sb.join("vpncert.bash");
    std::fs::write(&path, script).unwrap();
    let check = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
        .expect("bash");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn every_shell_gets_a_script() {
    let sb = Sandbox::new();
    for (shell, marker) in [
        ("bash", "_vpncert()"),
        ("zsh", "#compdef vpncert"),
        ("fish", "complete -c vpncert"),
        ("elvish", "edit:completion:arg-completer[vpncert]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = run(sb.bare().args(["completions", shell]));
        out.assert_code(0);
        assert!(out.stdout.contains(marker), "{shell}: {}", out.stdout);
        assert!(out.stdout.contains("issue"), "{shell} completes commands");
        assert!(out.stderr.is_empty(), "{shell}: {}", out.stderr);
    }
    let out = run(sb.bare().args(["completions", "tcsh"]));
    out.assert_code(2);
    assert!(
        out.stderr.contains("bash"),
        "lists the shells: {}",
        out.stderr
    );
}

#[test]
fn the_man_page_is_roff_with_every_command() {
    let sb = Sandbox::new();
    let out = run(sb.bare().arg("man"));
    out.assert_code(0);
    let page = &out.stdout;
    assert!(
        page.lines().any(|l| l.starts_with(".TH vpncert 1")),
        "{page}"
    );
    assert!(page.contains(".SH NAME"), "{page}");
    assert!(page.contains(".SH SYNOPSIS"), "{page}");
    assert!(page.contains(".SH SUBCOMMANDS"), "{page}");
    assert!(page.contains("\\-\\-endpoint"), "global flags: {page}");
    for command in commands(&sb) {
        assert!(
            page.contains(&format!("vpncert\\-{command}(1)")),
            "{command} is not in the man page"
        );
    }
}

#[test]
fn a_command_has_its_own_man_page() {
    let sb = Sandbox::new();
    let out = run(sb.bare().args(["man", "issue"]));
    out.assert_code(0);
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with(".TH vpncert-issue 1")),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("\\-\\-names\\-from"), "{}", out.stdout);

    let out = run(sb.bare().args(["man", "server", "create"]));
    out.assert_code(0);
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with(".TH vpncert-server-create 1")),
        "{}",
        out.stdout
    );

    let out = run(sb.bare().args(["man", "no-such-command"]));
    out.assert_code(2);
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.contains("no-such-command") && out.stderr.contains("issue"),
        "{}",
        out.stderr
    );
}
