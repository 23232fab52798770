//! `vnportal`: news from Vietnam's government portals as clean, deduplicated records.

mod config;
mod dead_letters;
mod demo;
mod extract;
mod health;
mod pipeline;
mod portals;
mod services;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use tokio_util::sync::CancellationToken;
use tracing_subscriber::EnvFilter;

use crate::config::AppConfig;

#[derive(Parser)]
#[command(
    name = "vnportal",
    version,
    about = "Crawl Vietnamese government portals into clean, deduplicated article records."
)]
struct Cli {
    /// Log format on stderr.
    #[arg(long, global = true, value_enum, default_value_t = LogFormat::Human)]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
    Human,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Crawl, parse and store in one process (in-memory bus, SQLite warehouse).
    Run {
        /// Configuration file.
        #[arg(long, short, default_value = "config/vnportal.toml", env = "VNPORTAL_CONFIG")]
        config: PathBuf,
        /// Portal registry; overrides the `portals` setting of the config file.
        #[arg(long)]
        portals: Option<PathBuf>,
        /// Poll every portal once, wait until everything reached the warehouse, exit.
        #[arg(long)]
        once: bool,
    },
    /// Crawler service: poll portals, publish raw pages to Kafka.
    Crawl {
        #[arg(long, short, default_value = "config/vnportal.toml", env = "VNPORTAL_CONFIG")]
        config: PathBuf,
        #[arg(long)]
        portals: Option<PathBuf>,
        /// Crawl only shard I of N (`--shard 1/3`), by a stable hash of the portal id.
        #[arg(long, value_name = "I/N")]
        shard: Option<services::Shard>,
        /// Poll every portal once and exit.
        #[arg(long)]
        once: bool,
        /// Walk listings back to this date (YYYY-MM-DD) instead of stopping at the first page with nothing new.
        #[arg(long, value_name = "DATE")]
        backfill_until: Option<chrono::NaiveDate>,
        /// Health and metrics address (overrides `service.listen`).
        #[arg(long)]
        listen: Option<std::net::SocketAddr>,
    },
    /// Parser service: raw pages from Kafka to articles on Kafka.
    Parse {
        #[arg(long, short, default_value = "config/vnportal.toml", env = "VNPORTAL_CONFIG")]
        config: PathBuf,
        #[arg(long)]
        listen: Option<std::net::SocketAddr>,
    },
    /// Sink service: articles from Kafka into PostgreSQL, offsets stored with the rows.
    Sink {
        #[arg(long, short, default_value = "config/vnportal.toml", env = "VNPORTAL_CONFIG")]
        config: PathBuf,
        #[arg(long)]
        listen: Option<std::net::SocketAddr>,
    },
    /// List the Kafka topics; `--create` creates vnportal's missing topics first.
    Topics {
        #[arg(long, short, default_value = "config/vnportal.toml", env = "VNPORTAL_CONFIG")]
        config: PathBuf,
        #[arg(long)]
        create: bool,
    },
    /// The portal registry: probe every portal (`check`) or show crawl state (`status`).
    Portals {
        #[command(subcommand)]
        action: PortalsAction,
    },
    /// Extract articles from local HTML files: one JSON line per file, in order.
    Extract {
        /// The URL the pages were fetched from (resolves relative links).
        #[arg(long)]
        url: Option<String>,
        /// Charset to assume when a file declares none.
        #[arg(long)]
        charset: Option<String>,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Crawl a built-in portal simulator on 127.0.0.1 and show the result.
    Demo {
        /// Serve the simulator alone on ADDR (portal i on port+i) and print its portals config.
        #[arg(long, value_name = "ADDR")]
        serve: Option<std::net::SocketAddr>,
        /// Where the demo keeps its warehouse and state (emptied at start).
        #[arg(long, default_value = "data/demo")]
        data_dir: PathBuf,
    },
}

/// `default` applies unless `RUST_LOG` says otherwise.
#[derive(Subcommand)]
enum PortalsAction {
    /// Probe each portal (robots.txt, start URL, platform) and print a health table.
    Check {
        #[arg(long, short, default_value = "config/vnportal.toml", env = "VNPORTAL_CONFIG")]
        config: PathBuf,
        #[arg(long)]
        portals: Option<PathBuf>,
        /// Only this portal (repeatable).
        #[arg(long = "portal", value_name = "ID")]
        only: Vec<String>,
        /// Portals probed at once.
        #[arg(long, default_value_t = 16)]
        parallel: usize,
    },
    /// Circuit breakers, moves and last polls from the crawl state.
    Status {
        #[arg(long, short, default_value = "config/vnportal.toml", env = "VNPORTAL_CONFIG")]
        config: PathBuf,
        #[arg(long)]
        portals: Option<PathBuf>,
    },
}

fn init_logging(format: LogFormat, default: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Human => builder.init(),
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .init(),
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    // The demo's output is its summary; its logs only say what went wrong.
    let default_level = if matches!(cli.command, Command::Demo { serve: None, .. }) {
        "warn"
    } else {
        "info"
    };
    init_logging(cli.log_format, default_level);
    let result = match cli.command {
        Command::Run { config, portals, once } => run(config, portals, once).await,
        Command::Crawl {
            config,
            portals,
            shard,
            once,
            backfill_until,
            listen,
        } => match AppConfig::load_with_portals(&config, portals)
            .and_then(|c| Ok((vnportal_crawler::load_portals(&c.portals)?, c)))
        {
            Ok((portals, config)) => services::crawl(&config, portals, shard, once, backfill_until, listen).await,
            Err(e) => Err(e),
        },
        Command::Portals {
            action:
                PortalsAction::Check {
                    config,
                    portals,
                    only,
                    parallel,
                },
        } => match AppConfig::load_with_portals(&config, portals) {
            Ok(config) => portals::check(&config, &only, parallel).await,
            Err(e) => Err(e),
        },
        Command::Portals {
            action: PortalsAction::Status { config, portals },
        } => AppConfig::load_with_portals(&config, portals).and_then(|c| portals::status(&c)),
        Command::Parse { config, listen } => match AppConfig::load(&config) {
            Ok(config) => services::parse(&config, listen).await,
            Err(e) => Err(e),
        },
        Command::Sink { config, listen } => match AppConfig::load(&config) {
            Ok(config) => services::sink(&config, listen).await,
            Err(e) => Err(e),
        },
        Command::Topics { config, create } => match AppConfig::load(&config) {
            Ok(config) => services::topics(&config, create).await,
            Err(e) => Err(e),
        },
        Command::Extract { url, charset, files } => extract::extract_files(url.as_deref(), charset.as_deref(), &files),
        Command::Demo { serve: Some(addr), .. } => demo::serve(addr).await,
        Command::Demo { serve: None, data_dir } => demo::demo(&data_dir).await,
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(config_path: PathBuf, portals: Option<PathBuf>, once: bool) -> anyhow::Result<ExitCode> {
    let config = AppConfig::load_with_portals(&config_path, portals)?;
    let portals = vnportal_crawler::load_portals(&config.portals)?;
    let shutdown = CancellationToken::new();
    pipeline::cancel_on_signal(shutdown.clone());
    let report = pipeline::run_embedded(&config, portals, once, shutdown).await?;
    tracing::info!(
        message = "Run finished.",
        pages_fetched = report.crawl.requests,
        pages_emitted = report.crawl.emitted,
        articles = report.parse.articles,
        not_articles = report.parse.not_articles,
        new_articles = report.sink.new_articles,
        new_sightings = report.sink.new_sightings,
        dead_letters = report.dead_letters,
        elapsed_ms = report.elapsed.as_millis() as u64,
    );
    Ok(if report.drained {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
