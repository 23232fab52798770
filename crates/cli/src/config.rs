//! `vnportal.toml`: the application configuration.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Deserialize;
use vnportal_bus::{KafkaConfig, Topics};
use vnportal_crawler::CrawlerConfig;
use vnportal_sink::SinkConfig;

/// The whole configuration file. Every section and field is optional; see
/// `docs/configuration.md` for the reference.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AppConfig {
    /// Directory for state: the crawl seen-set, the SQLite warehouse, dead letters.
    /// Relative to the config file's directory.
    pub data_dir: PathBuf,
    /// The portal registry. Relative to the config file's directory.
    pub portals: PathBuf,
    pub crawler: CrawlerConfig,
    pub parser: ParserConfig,
    pub sink: SinkConfig,
    pub bus: BusConfig,
    pub topics: Topics,
    pub kafka: KafkaConfig,
    pub postgres: PostgresConfig,
    pub service: ServiceConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PostgresConfig {
    /// Connection string of the warehouse for `vnportal sink`.
    /// `VNPORTAL_POSTGRES_URL` overrides it.
    pub url: String,
}

impl Default for PostgresConfig {
    fn default() -> Self {
        PostgresConfig {
            url: "postgres://postgres@127.0.0.1:5432/vnportal".into(),
        }
    }
}

/// Settings shared by `crawl`, `parse` and `sink`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServiceConfig {
    /// Address of `/healthz`, `/readyz` and `/metrics`.
    pub listen: std::net::SocketAddr,
    /// After SIGTERM, the longest a service takes to finish in-flight work and commit.
    pub shutdown_timeout_secs: u64,
    /// Consumer group of the parser service.
    pub parser_group: String,
    /// Consumer group of the sink service (also the key of its stored offsets).
    pub sink_group: String,
}

impl Default for ServiceConfig {
    fn default() -> Self {
        ServiceConfig {
            listen: std::net::SocketAddr::from(([0, 0, 0, 0], 9100)),
            shutdown_timeout_secs: 30,
            parser_group: "vnportal-parser".into(),
            sink_group: "vnportal-sink".into(),
        }
    }
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            data_dir: "data".into(),
            portals: "portals.toml".into(),
            crawler: CrawlerConfig::default(),
            parser: ParserConfig::default(),
            sink: SinkConfig::default(),
            bus: BusConfig::default(),
            topics: Topics::default(),
            kafka: KafkaConfig::default(),
            postgres: PostgresConfig::default(),
            service: ServiceConfig::default(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ParserConfig {
    /// Pages parsed in parallel (CPU-bound): about one per core.
    pub workers: usize,
    /// Pages in progress at once: being parsed, published, or waiting for the
    /// broker's acknowledgement. Bounds memory (about this many raw pages).
    pub max_in_flight: usize,
}

impl ParserConfig {
    pub fn concurrency(&self) -> vnportal_parser::Concurrency {
        vnportal_parser::Concurrency::new(self.workers, self.max_in_flight)
    }
}

impl Default for ParserConfig {
    fn default() -> Self {
        ParserConfig {
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
            max_in_flight: 64,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BusConfig {
    /// In-memory bus: messages queued per topic and consumer group before publishers wait.
    pub capacity: usize,
    /// On shutdown or at the end of `--once`, how long to wait for in-flight work, in seconds.
    pub drain_timeout_secs: u64,
}

impl Default for BusConfig {
    fn default() -> Self {
        BusConfig {
            capacity: 1024,
            drain_timeout_secs: 60,
        }
    }
}

impl AppConfig {
    /// Loads `path`, resolving relative paths against its directory.
    pub fn load(path: &Path) -> Result<AppConfig> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("cannot read config file {}", path.display()))?;
        let mut config: AppConfig =
            toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: invalid configuration: {e}", path.display()))?;
        let dir = path.parent().unwrap_or(Path::new("."));
        config.data_dir = dir.join(&config.data_dir);
        config.portals = dir.join(&config.portals);
        config
            .validate()
            .with_context(|| format!("{}: invalid configuration", path.display()))?;
        Ok(config)
    }

    /// [`AppConfig::load`], with the registry path replaced by `portals` when given
    /// (the `--portals` flag).
    pub fn load_with_portals(path: &Path, portals: Option<PathBuf>) -> Result<AppConfig> {
        let mut config = AppConfig::load(path)?;
        if let Some(p) = portals {
            config.portals = p;
        }
        Ok(config)
    }

    pub fn validate(&self) -> Result<()> {
        anyhow::ensure!(
            !self.crawler.user_agent.trim().is_empty(),
            "crawler.user_agent must not be empty"
        );
        anyhow::ensure!(
            self.crawler.max_body_bytes > 0,
            "crawler.max_body_bytes must be positive"
        );
        anyhow::ensure!(self.sink.batch_size > 0, "sink.batch_size must be positive");
        anyhow::ensure!(self.bus.capacity > 0, "bus.capacity must be positive");
        anyhow::ensure!(self.kafka.partitions > 0, "kafka.partitions must be positive");
        anyhow::ensure!(!self.kafka.brokers.trim().is_empty(), "kafka.brokers must not be empty");
        Ok(())
    }

    pub fn warehouse_path(&self) -> PathBuf {
        self.data_dir.join(&self.sink.sqlite_path)
    }

    pub fn crawl_state_path(&self) -> PathBuf {
        self.data_dir.join("crawl_state.sqlite")
    }

    pub fn dead_letter_path(&self) -> PathBuf {
        self.data_dir.join("dead_letters.jsonl")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_config_loads() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../config/vnportal.toml");
        let config = AppConfig::load(&path).unwrap();
        assert!(config.portals.ends_with("portals.toml"));
        vnportal_crawler::load_portals(&config.portals).unwrap();
    }

    #[test]
    fn errors_name_the_file_and_field() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.toml");
        std::fs::write(&path, "[crawler]\nmin_delay_ms = \"fast\"\n").unwrap();
        let err = format!("{:#}", AppConfig::load(&path).unwrap_err());
        assert!(err.contains("bad.toml") && err.contains("min_delay_ms"), "{err}");
        std::fs::write(&path, "[sink]\nbatch_size = 0\n").unwrap();
        let err = format!("{:#}", AppConfig::load(&path).unwrap_err());
        assert!(err.contains("bad.toml") && err.contains("batch_size"), "{err}");
    }
}
