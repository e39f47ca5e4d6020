// Who has access, as a file: plan shows what would change, apply makes it so and hands over
// one 0600 profile per new person. Rerun it at any time: it never makes a second certificate.
use vpncert::roster::{self, ApplyOptions, PlanOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let emulator = vpncert_emulator::Emulator::start_default()?;
    let client = vpncert::Client::builder()
        .region_id("cn-hangzhou")
        .credentials(vpncert::Credentials::access_key("testid", "testsecret"))
        .endpoint(emulator.url())
        .retry_mode(vpncert::RetryMode::Adaptive) // paces itself to the service's flow control
        .build()?;
    let scratch = tempfile::tempdir()?;
    let out = scratch.path().join("profiles"); // created mode 0700: it will hold private keys
    let people = roster::parse("name,email\nalice,alice@example.com\nbob,bob@example.com\n")?;
    let options = PlanOptions::default()
        .server("vss-emulator0001")
        .prune(true);

    let plan = roster::plan(&client, &people, &options)?;
    for a in &plan.actions {
        println!("{:?} {}: {}", a.action, a.name, a.reason);
    }
    let report = roster::apply(&client, &plan, &ApplyOptions::new(&out), &mut |_| {})?;
    for o in &report.outcomes {
        println!("{} -> {:?} {:?}", o.planned.name, o.result, o.files);
    }
    // Bob leaves: with prune, the plan revokes his certificate and keeps Alice's.
    let people = roster::parse("name,email\nalice,alice@example.com\n")?;
    let plan = roster::plan(&client, &people, &options)?;
    println!("{:?}", plan.summary());
    roster::apply(&client, &plan, &ApplyOptions::new(&out), &mut |_| {})?;
    Ok(())
}
