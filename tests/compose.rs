//! deploy/docker-compose.yml is valid (checked by `docker-compose config`, as
//! no Docker engine runs here) and runs real `vnportal` subcommands.

use std::collections::BTreeSet;
use std::process::Command;

const COMPOSE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../deploy/docker-compose.yml");

fn compose(args: &[&str]) -> std::process::Output {
    Command::new("docker-compose")
        .args(["-f", COMPOSE])
        .args(args)
        .output()
        .expect("docker-compose is installed (apt-get install docker-compose; .ci/run does it)")
}

#[test]
fn compose_file_is_valid_and_complete() {
    let check = compose(&["config", "-q"]);
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
    let services: BTreeSet<String> = String::from_utf8(compose(&["config", "--services"]).stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let want: BTreeSet<String> = ["kafka", "postgres", "topics", "crawler", "parser", "sink"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(services, want);

    let resolved = String::from_utf8(compose(&["config"]).stdout).unwrap();
    assert!(resolved.contains("image: apache/kafka"), "Apache Kafka image");
    assert!(
        resolved.contains("KAFKA_PROCESS_ROLES: broker,controller"),
        "KRaft mode"
    );
    assert!(
        resolved.contains("service_completed_successfully"),
        "services wait for the topic-init step"
    );
    // Every command the compose file runs is a real subcommand of the binary.
    for command in ["crawl", "parse", "sink", "topics"] {
        assert!(resolved.contains(&format!("- {command}")), "{command} is run");
        let help = Command::new(env!("CARGO_BIN_EXE_vnportal"))
            .args([command, "--help"])
            .output()
            .unwrap();
        assert!(help.status.success(), "vnportal {command} --help");
    }
}
