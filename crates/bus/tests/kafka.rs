//! The Kafka bus against a real broker on 127.0.0.1:9092 (started by
//! `deploy/test-services.sh`; `VNPORTAL_TEST_KAFKA` overrides the address).

use std::collections::BTreeSet;
use std::time::Duration;

use vnportal_bus::kafka::{ensure_topics, list_topics};
use vnportal_bus::{Bus, KafkaBus, KafkaConfig, Message, Subscription};

fn config() -> KafkaConfig {
    let mut c = KafkaConfig {
        brokers: std::env::var("VNPORTAL_TEST_KAFKA").unwrap_or_else(|_| "127.0.0.1:9092".into()),
        partitions: 2,
        session_timeout_ms: 6000,
        max_poll_interval_ms: 10000,
        ..KafkaConfig::default()
    };
    c.consumer.insert("auto.commit.interval.ms".into(), "200".into());
    c
}

fn unique(name: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("test.{name}.{nanos}")
}

async fn recv(sub: &mut Box<dyn Subscription>) -> vnportal_bus::Delivery {
    tokio::time::timeout(Duration::from_secs(60), sub.recv())
        .await
        .expect("a message in time")
        .unwrap()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn publish_consume_ack_and_resume_where_left() {
    let config = config();
    let topic = unique("resume");
    let group = unique("group");
    ensure_topics(&config, &[&topic]).await.unwrap();
    assert!(
        list_topics(&config)
            .await
            .unwrap()
            .iter()
            .any(|t| t.name == topic && t.partitions == 2)
    );

    let bus = KafkaBus::new(config.clone(), "test").unwrap();
    for i in 0..10 {
        let m = Message::new(format!("k{i}"), format!("v{i}").into_bytes()).with_header("portal_id", "p");
        bus.publish(&topic, m).await.unwrap();
    }
    let mut sub = bus.subscribe(&topic, &group).await.unwrap();
    let mut seen = BTreeSet::new();
    let mut held = Vec::new();
    for _ in 0..10 {
        let d = recv(&mut sub).await;
        assert_eq!(d.message.header("portal_id"), Some("p"));
        assert_eq!(
            d.message.payload,
            d.message.key.as_deref().unwrap().replace('k', "v").into_bytes()
        );
        seen.insert(d.message.key.clone().unwrap());
        // Hold back k3: nothing after it in its partition may be committed.
        if d.message.key.as_deref() == Some("k3") {
            held.push(d);
        } else {
            d.ack.ack();
        }
    }
    assert_eq!(seen.len(), 10);
    bus.close().await;
    assert!(sub.recv().await.is_none(), "closing ends the subscription");
    drop(held);

    // A new member of the group starts after the acknowledged prefix of each
    // partition: k3 and whatever followed it in its partition come again.
    let bus = KafkaBus::new(config.clone(), "test").unwrap();
    let mut sub = bus.subscribe(&topic, &group).await.unwrap();
    let first = recv(&mut sub).await;
    assert_eq!(
        first.message.key.as_deref(),
        Some("k3"),
        "redelivery starts at the unacknowledged message"
    );
    let partition = first.position.partition;
    first.ack.ack();
    bus.publish(&topic, Message::new("k10", b"v10".to_vec())).await.unwrap();
    let mut again = BTreeSet::new();
    loop {
        let d = recv(&mut sub).await;
        let key = d.message.key.clone().unwrap();
        d.ack.ack();
        if key == "k10" {
            break;
        }
        assert_eq!(
            d.position.partition, partition,
            "acknowledged partitions are not replayed"
        );
        again.insert(key);
    }
    assert!(!again.contains("k3"));
    bus.close().await;
}
