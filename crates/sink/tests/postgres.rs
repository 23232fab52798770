//! The PostgreSQL warehouse against the server on 127.0.0.1:5432
//! (`VNPORTAL_TEST_POSTGRES` overrides the admin URL). Each test gets a fresh database.

use chrono::{DateTime, Utc};
use tokio_postgres::NoTls;
use vnportal_model::{Article, content_hash};
use vnportal_sink::{Checkpoint, PostgresWarehouse, Warehouse, WriteSummary};

fn admin_url() -> String {
    std::env::var("VNPORTAL_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A new empty database; returns its URL.
pub async fn fresh_database(name: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let db = format!("vnportal_test_{name}_{nanos}");
    let (client, conn) = tokio_postgres::connect(&admin_url(), NoTls)
        .await
        .expect("PostgreSQL on 127.0.0.1:5432");
    tokio::spawn(conn);
    client.batch_execute(&format!("CREATE DATABASE {db}")).await.unwrap();
    let base = admin_url();
    format!("{}/{db}", &base[..base.rfind('/').unwrap()])
}

fn article(url: &str, published: Option<&str>, fetched: &str, body: &str) -> Article {
    Article {
        schema_version: 1,
        content_hash: content_hash(body),
        url: url.into(),
        canonical_url: url.into(),
        portal_id: url.split('/').nth(2).unwrap().into(),
        title: format!("Tiêu đề {url}"),
        summary: None,
        body: body.into(),
        published_at: published.map(|p| DateTime::parse_from_rfc3339(p).unwrap()),
        author: Some("Diệu Hoa".into()),
        source: None,
        category: None,
        images: vec![],
        language: "vi".into(),
        fetched_at: DateTime::parse_from_rfc3339(fetched).unwrap().with_timezone(&Utc),
        parsed_at: Utc::now(),
        parser_version: "test".into(),
    }
}

async fn dump(url: &str) -> (Vec<(String, String)>, Vec<(String, String, String)>) {
    let (c, conn) = tokio_postgres::connect(url, NoTls).await.unwrap();
    tokio::spawn(conn);
    let articles = c
        .query("SELECT content_hash, url FROM articles ORDER BY 1", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let sightings = c
        .query(
            "SELECT url, portal_id, first_seen_at::text FROM sightings ORDER BY 1",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    (articles, sightings)
}

#[tokio::test]
async fn copies_collapse_in_one_batch_or_many_and_replay_changes_nothing() {
    let body = "Hội nghị tổng kết công tác dân vận năm 2023.";
    let early = article(
        "http://b.gov.vn/1",
        Some("2024-01-15T08:45:00+07:00"),
        "2024-02-01T00:00:00Z",
        body,
    );
    let late = article(
        "http://a.gov.vn/9",
        Some("2024-01-16T00:00:00+07:00"),
        "2024-02-01T00:00:05Z",
        body,
    );
    let other = article("http://a.gov.vn/10", None, "2024-02-01T00:00:06Z", "Một bài khác hẳn.");

    let one = fresh_database("one").await;
    let w = PostgresWarehouse::connect(&one).await.unwrap();
    let s = w
        .write_batch(&[late.clone(), other.clone(), early.clone(), late.clone()], &[])
        .await
        .unwrap();
    assert_eq!(
        s,
        WriteSummary {
            new_articles: 2,
            new_sightings: 3
        }
    );
    assert_eq!(
        w.write_batch(&[early.clone(), late.clone(), other.clone()], &[])
            .await
            .unwrap(),
        WriteSummary::default()
    );

    let many = fresh_database("many").await;
    let w = PostgresWarehouse::connect(&many).await.unwrap();
    for a in [&other, &late, &early] {
        w.write_batch(&[(*a).clone()], &[]).await.unwrap();
    }
    let state = dump(&one).await;
    assert_eq!(state, dump(&many).await, "arrival order does not matter");
    assert!(
        state.0.contains(&(early.content_hash.clone(), early.url.clone())),
        "earliest-published copy wins"
    );
    assert_eq!(state.1.len(), 3);
}

#[tokio::test]
async fn offsets_are_stored_with_rows_and_never_move_back() {
    let url = fresh_database("offsets").await;
    let w = PostgresWarehouse::connect(&url).await.unwrap();
    let cp = |partition, next_offset| Checkpoint {
        group: "g".into(),
        topic: "t".into(),
        partition,
        next_offset,
    };
    let a = article("http://a.gov.vn/1", None, "2024-02-01T00:00:00Z", "Bài một.");
    w.write_batch(std::slice::from_ref(&a), &[cp(0, 10), cp(1, 3)])
        .await
        .unwrap();
    // A stale writer from before a rebalance: its older offset is ignored.
    w.write_batch(std::slice::from_ref(&a), &[cp(0, 5)]).await.unwrap();
    let positions = w.positions("g", "t", &[0, 1, 2]).await.unwrap();
    assert_eq!(positions.get(&0), Some(&10));
    assert_eq!(positions.get(&1), Some(&3));
    assert_eq!(positions.get(&2), None);
    w.write_batch(&[], &[cp(0, 20)]).await.unwrap();
    assert_eq!(w.positions("g", "t", &[0]).await.unwrap().get(&0), Some(&20));
    assert!(w.positions("other", "t", &[0]).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_cut_connection_fails_one_call_and_the_next_reconnects() {
    let url = fresh_database("cut").await;
    let w = PostgresWarehouse::connect(&url).await.unwrap();
    w.write_batch(
        &[article("http://a.gov.vn/1", None, "2024-02-01T00:00:00Z", "Bài một.")],
        &[],
    )
    .await
    .unwrap();
    let db = url.rsplit('/').next().unwrap().to_owned();
    let (admin, conn) = tokio_postgres::connect(&admin_url(), NoTls).await.unwrap();
    tokio::spawn(conn);
    admin
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
            &[&db],
        )
        .await
        .unwrap();
    let second = article("http://a.gov.vn/2", None, "2024-02-01T00:00:00Z", "Bài hai.");
    let first_try = w.write_batch(std::slice::from_ref(&second), &[]).await;
    if let Err(e) = &first_try {
        assert!(e.to_string().contains("database"), "{e}");
        w.write_batch(std::slice::from_ref(&second), &[])
            .await
            .expect("reconnects");
    }
    assert_eq!(dump(&url).await.0.len(), 2);
}

#[tokio::test]
async fn unreachable_database_is_a_clear_error() {
    let err = PostgresWarehouse::connect("postgres://postgres@127.0.0.1:1/none")
        .await
        .err()
        .unwrap();
    assert!(err.to_string().to_lowercase().contains("connect"), "{err}");
}
