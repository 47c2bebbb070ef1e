//! What one invocation works with: the global options, the settings, the credentials, and
//! where each provider is reached (the real service, an override, or the built-in simulator).
//!
//! Plain resolved state, with no clap types: `lib.rs` builds it from the parsed command line.
//! It knows providers only by their [`Identity`]; their commands, which take a context, sit
//! on a floor above, and so does the simulator of them all, which `lib.rs` plugs in.

use crate::base_url::{needs_plain_http, parse_base_url, parse_base_url_with};
use crate::config::{self, Config};
use crate::credentials::{Credentials, Source, env_name};
use crate::error::{Kind, fail};
use crate::http::HttpOptions;
use crate::journal::{Journal, Location};
use crate::listing::Listing;
use crate::output::{self, Cell, Format, ListWriter, Selection};
use crate::paging::Take;
use crate::providers::identity::{Identity, parse_rpm};
use crate::record::{self, Column};
use crate::sandbox;
use crate::secret::Secret;
use crate::settings::{self, Origin};
use anyhow::Result;
use reqwest::Url;
use std::cell::OnceCell;
use std::io::{BufWriter, Stdout, StdoutLock};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

/// The global options, resolved: flag, environment, the profile's file default, built-in
/// default (see `settings`). `cli::GlobalArgs` documents each.
#[derive(Debug, Clone)]
pub struct Global {
    pub output: Format,
    pub excel: bool,
    pub fields: Option<Vec<String>>,
    pub profile: String,
    pub sandbox: bool,
    pub verbose: bool,
    pub timeout: u64,
    pub max_body_mb: u64,
    pub max_rate_wait: u64,
    pub no_input: bool,
    pub yes: bool,
    pub dry_run: bool,
    pub quiet: bool,
}

/// Starts the simulator of every provider, with the state recorded in a data directory.
pub type StartSimulator = fn(&Path) -> Result<sandbox::Server>;

/// The simulator serves every provider, and the providers sit on floors above the context, so
/// `lib.rs` hands its starter down once, before any command runs, instead of this module
/// importing them.
static SIMULATOR: OnceLock<StartSimulator> = OnceLock::new();

/// Sets how `--sandbox` starts the simulator (see `SIMULATOR`).
pub fn plug_simulator(start: StartSimulator) {
    let _ = SIMULATOR.set(start);
}

pub struct Context {
    pub global: Global,
    pub config: Config,
    pub credentials: Credentials,
    /// With `--sandbox`: the simulator, started by the first call that needs it, so bad
    /// input is refused before anything starts.
    sandbox: OnceCell<sandbox::Server>,
}

impl Context {
    pub fn new(global: Global) -> Result<Context> {
        let dir = config::config_dir()?;
        let config = Config::load(&dir)?;
        Ok(Context {
            global,
            config,
            credentials: Credentials::new(dir, config::data_dir()?),
            sandbox: OnceCell::new(),
        })
    }

    fn simulator(&self) -> Result<Option<&sandbox::Server>> {
        if !self.global.sandbox {
            return Ok(None);
        }
        if self.sandbox.get().is_none() {
            let start = SIMULATOR
                .get()
                .ok_or_else(|| anyhow::anyhow!("internal error: no simulator was plugged in"))?;
            let server = start(&self.data_dir()?)?;
            crate::notice!(
                "affpay: --sandbox: simulated data from a local simulator at {} (its state kept until `affpay sandbox reset`); nothing real is read or moved",
                server.url()
            );
            let _ = self.sandbox.set(server);
        }
        Ok(self.sandbox.get())
    }

    /// A provider setting of the active profile: `AFFPAY_<PROVIDER>_<KEY>`, else the file.
    pub fn setting(&self, provider: &dyn Identity, key: &str) -> Option<String> {
        self.setting_with_origin(provider, key)
            .map(|(value, _)| value)
    }

    fn setting_with_origin(&self, provider: &dyn Identity, key: &str) -> Option<(String, Origin)> {
        settings::provider_value(&self.config, &self.global.profile, provider.name(), key)
    }

    /// Where a setting's current value comes from, for a message about a bad one: its
    /// environment variable or the file.
    pub fn setting_source(&self, provider: &dyn Identity, key: &str) -> String {
        let origin = self
            .setting_with_origin(provider, key)
            .map_or(Origin::File, |(_, origin)| origin);
        self.origin_text(provider, key, origin)
    }

    /// Where a setting's value was found, for messages about it.
    fn origin_text(&self, provider: &dyn Identity, key: &str, origin: Origin) -> String {
        match origin {
            Origin::Env => env_name(provider.name(), &key.to_ascii_uppercase()),
            _ => format!(
                "{}.{key} in {}",
                provider.name(),
                self.config.path().display()
            ),
        }
    }

    /// Where to reach a provider: `AFFPAY_<PROVIDER>_URL`, else the profile's `url`, else the
    /// vendor default; the simulator with `--sandbox`.
    pub fn base_url(&self, provider: &dyn Identity) -> Result<Url> {
        if let Some(server) = self.simulator()? {
            return parse_base_url(server.url(), "the simulator");
        }
        if let Some((url, origin)) = self.setting_with_origin(provider, "url") {
            let origin = self.origin_text(provider, "url", origin);
            return self.configured_url(provider, &url, &origin);
        }
        let env = env_name(provider.name(), "URL");
        let url = provider
            .address(&|key| self.setting(provider, key))
            .map_err(|hint| {
                fail(
                    Kind::MissingCredential,
                    format!("{} has no address: {hint}, or set {env}", provider.name()),
                )
            })?;
        parse_base_url(&url, "the provider's address").map_err(config_error)
    }

    /// An address the user configured. Plain http to a non-loopback host passes only when the
    /// provider lets this profile opt in (`Identity::plain_http`), and then with its warning
    /// on stderr, every run; the simulator and the vendor defaults never take this path.
    fn configured_url(&self, provider: &dyn Identity, text: &str, origin: &str) -> Result<Url> {
        if !needs_plain_http(text) {
            return parse_base_url(text, origin).map_err(config_error);
        }
        let setting = |key: &str| self.setting(provider, key);
        let warning = provider
            .plain_http(&setting)
            .map_err(|why| crate::error::usage(format!("{}: {why}", provider.name())))?;
        let Some(warning) = warning else {
            return parse_base_url(text, origin).map_err(config_error);
        };
        let url = parse_base_url_with(text, origin, true).map_err(config_error)?;
        crate::notice!("affpay: warning: {warning}");
        Ok(url)
    }

    /// The provider's secret, in resolution order (the dummy one with `--sandbox`).
    pub fn secret(&self, provider: &dyn Identity) -> Result<Secret> {
        if self.global.sandbox {
            return Ok(Secret::new(sandbox::token_for(provider.name())));
        }
        Ok(self
            .credentials
            .resolve(provider.name(), &self.global.profile)?
            .secret)
    }

    /// Where the journal and locks live; `--sandbox` has its own, so rehearsals never mix
    /// with real payments.
    pub fn data_dir(&self) -> Result<PathBuf> {
        data_dir_for(&self.global)
    }

    /// Where this invocation's journal and run lock are (see [`journal_location`]).
    pub fn journal_location(&self) -> Result<Location> {
        journal_location(&self.global, &self.config)
    }

    /// The journal, opened (and, for a database, connected: unreachable is exit 6).
    pub fn journal(&self) -> Result<Journal> {
        Journal::connect(&self.journal_location()?)
    }

    /// The secret and where it came from; `None` for the simulator's dummy credential, which
    /// is kept nowhere.
    pub fn credential(&self, provider: &dyn Identity) -> Result<(Secret, Option<Source>)> {
        if self.global.sandbox {
            return Ok((self.secret(provider)?, None));
        }
        let found = self
            .credentials
            .resolve(provider.name(), &self.global.profile)?;
        Ok((found.secret, Some(found.source)))
    }

    /// The shared client's settings for one provider, with its pace (see [`Context::rpm`]).
    pub fn http_options(&self, provider: &dyn Identity) -> Result<HttpOptions> {
        use std::io::IsTerminal;
        Ok(HttpOptions {
            timeout: Duration::from_secs(self.global.timeout),
            verbose: self.global.verbose,
            max_body: self.global.max_body_mb.saturating_mul(1 << 20),
            rpm: self.rpm(provider)?,
            max_rate_wait: Duration::from_secs(self.global.max_rate_wait),
            rate_window: rate_window()?,
            show_waits: std::io::stderr().is_terminal() && !crate::notice::quiet(),
            // A read works without a data directory; only its waits go unrecorded then.
            wait_log: self
                .data_dir()
                .ok()
                .map(|dir| crate::rate_waits::Log::new(&dir, &self.global.profile)),
        })
    }

    /// Requests per minute to pace a provider to: `AFFPAY_<PROVIDER>_RPM`, else the
    /// profile's `<provider>.rpm`, else the provider's default (its vendor's published limit,
    /// or none). A value that is not a rate is a usage error naming it.
    pub fn rpm(&self, provider: &dyn Identity) -> Result<Option<u32>> {
        if let Some((text, origin)) = self.setting_with_origin(provider, "rpm") {
            let rpm = parse_rpm(&text).map_err(|e| {
                let origin = self.origin_text(provider, "rpm", origin);
                crate::error::usage(format!("{origin}: {e}"))
            })?;
            return Ok(Some(rpm));
        }
        provider
            .default_rpm(&|key| self.setting(provider, key))
            .map_err(|e| {
                crate::error::usage(format!(
                    "{} in {}: {e}",
                    provider.name(),
                    self.config.path().display()
                ))
            })
    }

    /// The columns `--fields` selects from a record's columns (checked before any request).
    pub fn select<T>(&self, columns: &[Column<T>]) -> Result<Selection> {
        record::selection(columns, self.global.fields.as_deref())
    }

    /// A list command of `columns`, `take` rows in pages of at most `max_page`, writing to
    /// stdout: `--fields` is checked here, before any request.
    pub fn listing<'a, T>(
        &'a self,
        columns: &'a [Column<T>],
        take: Take,
        max_page: u64,
    ) -> Result<Listing<'a, T, BufWriter<StdoutLock<'static>>>> {
        let writer = self.list_writer(self.select(columns)?);
        Ok(Listing::new(
            columns,
            take,
            max_page,
            self.global.fields.as_deref(),
            writer,
        ))
    }

    pub fn list_writer(&self, selection: Selection) -> ListWriter<BufWriter<StdoutLock<'static>>> {
        ListWriter::new(self.global.output, selection, stdout()).excel(self.global.excel)
    }

    pub fn write_record(&self, selection: &Selection, cells: Vec<Cell>) -> Result<()> {
        output::write_record(
            self.global.output,
            self.global.excel,
            selection,
            cells,
            stdout(),
        )
    }
}

/// `config::data_dir()`, or its `sandbox` subfolder with `--sandbox`.
pub fn data_dir_for(global: &Global) -> Result<PathBuf> {
    if global.sandbox {
        sandbox_dir()
    } else {
        config::data_dir()
    }
}

/// Where `--sandbox` keeps its journal, locks and the simulator's recorded state.
pub fn sandbox_dir() -> Result<PathBuf> {
    Ok(config::data_dir()?.join("sandbox"))
}

/// Where the journal is: with `--sandbox` always the sandbox data directory's file, so a
/// rehearsal never touches the real record; else `AFFPAY_JOURNAL_URL`, else the profile's
/// `journal.url`, else the top-level `[journal] url`, else `journal.sqlite3` in the data
/// directory.
pub fn journal_location(global: &Global, config: &Config) -> Result<Location> {
    let default = || {
        Ok(Location::Sqlite(
            data_dir_for(global)?.join("journal.sqlite3"),
        ))
    };
    if global.sandbox {
        return default();
    }
    if let Some(url) = std::env::var("AFFPAY_JOURNAL_URL")
        .ok()
        .filter(|v| !v.is_empty())
    {
        return Location::parse(&url, "AFFPAY_JOURNAL_URL");
    }
    match config.journal_url(&global.profile) {
        Some((url, key)) => Location::parse(&url, &format!("{key} in {}", config.path().display())),
        None => default(),
    }
}

/// The length of the "minute" that rate limits and `rpm` count in: 60 s, or
/// `AFFPAY_RATE_WINDOW` seconds, which only tests and rehearsals against a simulator with a
/// shortened window (`--<provider>-rate-window`) set.
fn rate_window() -> Result<Duration> {
    const NAME: &str = "AFFPAY_RATE_WINDOW";
    let Some(text) = std::env::var(NAME).ok().filter(|v| !v.is_empty()) else {
        return Ok(Duration::from_secs(60));
    };
    match text.trim().parse::<u64>() {
        Ok(seconds @ 1..=3600) => Ok(Duration::from_secs(seconds)),
        _ => Err(crate::error::usage(format!(
            "{NAME}: '{text}' is not a window: give whole seconds, 1 to 3600"
        ))),
    }
}

fn stdout() -> BufWriter<StdoutLock<'static>> {
    let handle: Stdout = std::io::stdout();
    BufWriter::with_capacity(64 * 1024, handle.lock())
}

fn config_error(err: anyhow::Error) -> anyhow::Error {
    fail(Kind::MissingCredential, err.to_string())
}
