//! The embedded pipeline's dead-letter recorder: every record on the DLQ
//! topic becomes one JSON line in `dead_letters.jsonl` under the data directory.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use serde_json::json;
use tracing::error;
use vnportal_bus::{Bus, BusError};

/// Appends dead letters until the bus closes. Returns how many were written.
pub async fn record(bus: Arc<dyn Bus>, topic: String, path: PathBuf) -> Result<u64, BusError> {
    let mut sub = bus.subscribe(&topic, "vnportal-dlq-recorder").await?;
    let mut written = 0;
    while let Some(next) = sub.recv().await {
        let Ok(delivery) = next else { continue };
        let m = &delivery.message;
        let line = json!({
            "key": m.key,
            "headers": m.headers.iter().cloned().collect::<std::collections::BTreeMap<_, _>>(),
            "payload_bytes": m.payload.len(),
            // Enough of the input to see what it was, not a copy of a 10 MB page.
            "payload_head": String::from_utf8_lossy(&m.payload[..m.payload.len().min(2048)]),
        });
        let result = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .and_then(|mut f| writeln!(f, "{line}"));
        match result {
            Ok(()) => written += 1,
            Err(e) => error!(message = "Failed to record a dead letter.", path = %path.display(), error = %e),
        }
        delivery.ack.ack();
    }
    Ok(written)
}
