//! The command-line interface: global options and affpay's own commands, with their doc
//! comments as help text. Each provider brings its own verbs (see `providers`), which are
//! attached to the tree by [`build`], so completions and man pages always cover all of them.
//!
//! Clap types only: `lib.rs` turns [`GlobalArgs`] into the plain `context::Global`, and the
//! options shared by provider verbs live beside what they set up (`paging::TakeArgs`,
//! `money_args::MoneyArgs`).
//!
//! Longer than most modules because it is the help text of every built-in command, kept in
//! one place so it reads as one manual.

use crate::context::Global;
use crate::output::Format;
use crate::providers;
use clap::{Args, CommandFactory, Parser, Subcommand};
use clap_complete::Shell;
use std::path::PathBuf;

const AFTER_HELP: &str = concat!(
    "Examples:\n",
    "  affpay --sandbox balance                      try it: every provider, simulated data\n",
    "  affpay --sandbox travelpayouts balance        one provider\n",
    "  affpay auth login travelpayouts               store a token in the OS keyring\n",
    "  affpay tp actions --from 2026-10-01 --all -o csv > actions.csv\n",
    "  affpay tp payouts -o json\n\n",
    crate::exit_codes_text!()
);

/// Balances, commissions, payouts and settlements across affiliate providers.
#[derive(Debug, Parser)]
#[command(
    name = "affpay",
    version,
    propagate_version = true,
    subcommand_required = true,
    arg_required_else_help = true,
    after_help = AFTER_HELP,
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Builtin,
}

/// Options accepted before or after any subcommand: listed apart from each command's own in
/// `--help`. Those with an environment variable are settings (see `settings`).
//
// The clap side of `context::Global`: `lib.rs` turns it into that plain struct for the
// context. Its group keeps the id clap gave it when the struct had that name.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
#[group(id = "Global")]
pub struct GlobalArgs {
    /// Output format.
    #[arg(
        short,
        long,
        global = true,
        env = "AFFPAY_OUTPUT",
        value_enum,
        default_value = "table"
    )]
    pub output: Format,

    /// With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a
    /// spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '.
    #[arg(long, global = true)]
    pub excel: bool,

    /// Columns to show, in this order (comma-separated field names).
    #[arg(long, global = true, value_delimiter = ',', value_name = "FIELDS")]
    pub fields: Option<Vec<String>>,

    /// Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64).
    #[arg(long, global = true, env = "AFFPAY_PROFILE", default_value = "default",
          value_parser = parse_profile)]
    pub profile: String,

    /// Run against a built-in simulator with demo data and a dummy credential; it keeps its
    /// state from run to run until `affpay sandbox reset`.
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// Print one line per HTTP request to stderr (method, URL, status, time; no secrets).
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Seconds before an HTTP request is given up.
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 60,
          env = "AFFPAY_TIMEOUT", value_parser = crate::paging::parse_limit)]
    pub timeout: u64,

    /// The largest answer read from a provider, in MiB; a larger one is an error.
    #[arg(long, global = true, value_name = "MIB", default_value_t = 64,
          env = "AFFPAY_MAX_BODY_MB", value_parser = crate::paging::parse_limit)]
    pub max_body_mb: u64,

    /// The longest time one request waits out a provider's rate limit (HTTP 429), in
    /// seconds; past it the run fails with exit 6.
    #[arg(
        long,
        global = true,
        value_name = "SECONDS",
        default_value_t = 180,
        env = "AFFPAY_MAX_RATE_WAIT"
    )]
    pub max_rate_wait: u64,

    /// Never prompt; fail instead when input would be needed.
    #[arg(long, global = true, env = "AFFPAY_NO_INPUT",
          value_parser = clap::builder::FalseyValueParser::new())]
    pub no_input: bool,

    /// Answer yes to confirmations (for cron jobs that move money).
    #[arg(long, global = true)]
    pub yes: bool,

    /// Show the requests that would move money, and send none of them.
    #[arg(long, global = true)]
    pub dry_run: bool,

    /// Print nothing on stderr but errors: no progress, warnings or notices.
    #[arg(short, long, global = true, env = "AFFPAY_QUIET", conflicts_with = "verbose",
          value_parser = clap::builder::FalseyValueParser::new())]
    pub quiet: bool,
}

impl GlobalArgs {
    /// The options as the plain struct the context keeps.
    pub fn into_global(self) -> Global {
        Global {
            output: self.output,
            excel: self.excel,
            fields: self.fields,
            profile: self.profile,
            sandbox: self.sandbox,
            verbose: self.verbose,
            timeout: self.timeout,
            max_body_mb: self.max_body_mb,
            max_rate_wait: self.max_rate_wait,
            no_input: self.no_input,
            yes: self.yes,
            dry_run: self.dry_run,
            quiet: self.quiet,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Builtin {
    /// Every configured provider's balances in one schema: what we owe and what we are owed.
    #[command(after_help = "Examples:\n  affpay --sandbox balance\n  \
        affpay balance --all-profiles -o csv > balances.csv\n  \
        affpay balance --totals -o json\n  affpay balance --provider smartico --profile work")]
    Balance(AcrossArgs),
    /// Recent payouts of every configured provider in one schema: made and received.
    #[command(after_help = "Examples:\n  affpay --sandbox payouts\n  \
        affpay payouts --since 2026-11-01 -o csv > payouts.csv\n  \
        affpay payouts --provider trackdesk --all-profiles")]
    Payouts(PayoutsAcrossArgs),
    /// The morning check: per provider and profile, whether the credential works and what the
    /// last runs left (unknown outcomes, rate-limit waits), with one exit code.
    #[command(after_help = concat!(
        "Examples:\n  affpay --sandbox status\n  \
        affpay status                      # exit 0 healthy, 9 unknown outcome, 4 rejected, 3 missing\n  \
        affpay status --offline            # sends nothing: no credential check\n  \
        affpay status --all-profiles -o json | jq '.[] | select(.state != \"ok\")'\n\n",
        "Exit codes, the worst finding first: 9 a request with an unknown outcome (resolve it\n\
        with `affpay journal resolve`), 4 a credential the provider refused, 3 a missing\n\
        credential or address, then the code of a check that could not be made (6 network);\n\
        0 when all is well."
    ))]
    Status(StatusArgs),
    /// Store, inspect and remove provider credentials.
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Read and change settings in config.toml.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// What was paid, when and why: the journal of money-moving requests.
    #[command(subcommand)]
    Journal(JournalCommand),
    /// What affpay can do with each provider, and how each configured profile reaches it.
    #[command(after_help = "Examples:\n  affpay providers\n  \
        affpay providers -o json | jq '.[] | select(.cancel.command) | .provider'")]
    Providers,
    /// Run the local simulator of the provider APIs.
    #[command(subcommand)]
    Sandbox(SandboxCommand),
    /// Payout plans written by --plan-out: show them, approve them.
    #[command(subcommand)]
    Plan(PlanCommand),
    /// Carry out a plan file: checked (digest, expiry, scope, approvals, balances), then sent
    /// through the journal with the plan's keys, so applying it twice pays nothing twice.
    #[command(after_help = "Examples:\n  \
        affpay smartico settle --above-threshold --plan-out payouts.plan   (prepare: sends nothing)\n  \
        affpay plan show payouts.plan\n  \
        affpay plan approve payouts.plan --key ~/.ssh/id_ed25519\n  \
        affpay apply payouts.plan --require-approvals 1 --allowed-signers ~/.config/affpay/allowed_signers --yes")]
    Apply(ApplyArgs),
    /// Print a shell completion script to stdout.
    #[command(
        after_help = "Example:\n  affpay completions bash > ~/.local/share/bash-completion/completions/affpay"
    )]
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the version; with -v also the commit, target and enabled features (`--version`
    /// stays one short line).
    #[command(
        after_help = "Examples:\n  affpay version\n  affpay version -v    # for a bug report"
    )]
    Version,
}

/// Which providers and profiles a cross-provider command reads.
#[derive(Debug, Clone, Args)]
pub struct AcrossArgs {
    /// Only this provider (name or alias).
    #[arg(long, value_name = "PROVIDER")]
    pub provider: Option<String>,
    /// Every profile in config.toml and the credentials file, not only --profile.
    #[arg(long)]
    pub all_profiles: bool,
    /// Print only the totals: one row per direction and currency.
    #[arg(long)]
    pub totals: bool,
}

/// Which providers and profiles `affpay payouts` reads, and from when.
#[derive(Debug, Clone, Args)]
pub struct PayoutsAcrossArgs {
    /// Only this provider (name or alias).
    #[arg(long, value_name = "PROVIDER")]
    pub provider: Option<String>,
    /// Every profile in config.toml and the credentials file, not only --profile.
    #[arg(long)]
    pub all_profiles: bool,
    /// Payouts created on or after this day (YYYY-MM-DD, UTC; default: 30 days ago).
    #[arg(long, value_name = "DATE", value_parser = crate::dates::parse_date)]
    pub since: Option<chrono::NaiveDate>,
}

/// Which providers and profiles `affpay status` checks, and how.
#[derive(Debug, Clone, Args)]
pub struct StatusArgs {
    /// Only this provider (name or alias); listed even when nothing is configured for it.
    #[arg(long, value_name = "PROVIDER")]
    pub provider: Option<String>,
    /// Every profile in config.toml, the credentials file and the journal, not only --profile.
    #[arg(long)]
    pub all_profiles: bool,
    /// Send nothing: report from the local records only, without checking the credentials.
    #[arg(long)]
    pub offline: bool,
    /// Every field in the table too (machine formats always carry every field).
    #[arg(long)]
    pub wide: bool,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Store a provider's secret: hidden prompt on a terminal, or stdin with --with-token.
    #[command(after_help = "Examples:\n  affpay auth login travelpayouts\n  \
        printenv TP_TOKEN | affpay auth login tp --with-token --profile work")]
    Login {
        /// Provider name.
        provider: String,
        /// Read the secret from standard input instead of prompting.
        #[arg(long)]
        with_token: bool,
        /// Store the secret in credentials.toml (mode 0600) instead of the OS keyring.
        #[arg(long)]
        insecure_storage: bool,
    },
    /// Show where each provider's secret comes from, masked.
    #[command(after_help = "Examples:\n  affpay auth status\n  \
        affpay auth status --check    # preflight for cron: exit 3 missing, 4 rejected")]
    Status {
        /// Also try each of the profile's credentials with one cheap read call (a login for
        /// Billon): exit 3 if none is configured or one is missing, 4 if one is refused.
        #[arg(long)]
        check: bool,
    },
    /// Remove a provider's stored secret (keyring and file).
    Logout {
        /// Provider name.
        provider: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Set a setting of the profile: PROVIDER.KEY VALUE, or a global option's default.
    #[command(after_help = "Comments and the order of config.toml are kept.\n\n\
        Examples:\n  affpay config set travelpayouts.currency eur\n  \
        affpay config set trackdesk.tenant acme --profile work\n  \
        affpay config set output json")]
    Set {
        /// PROVIDER.KEY (`config list` shows them all), or output, timeout, max_body_mb or
        /// max_rate_wait for the profile's default of that global option, or journal.url.
        key: String,
        /// The new value, checked as the setting or option itself would check it.
        value: String,
    },
    /// Print a setting of the profile.
    Get {
        /// PROVIDER.KEY or a global option (see `config list`).
        key: String,
    },
    /// Remove a setting of the profile.
    Unset {
        /// PROVIDER.KEY or a global option (see `config list`).
        key: String,
    },
    /// Every setting: its value, where it came from (flag, env, file or default), its
    /// environment variable and what it does.
    List,
    /// Print the path of config.toml.
    Path,
}

#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// List entries, oldest first: a compact table for people, every field in -o json/csv.
    #[command(after_help = "Examples:\n  affpay journal list --state sending\n  \
        affpay journal list --provider smartico --since 2026-11-01 --until 2026-11-30\n  \
        affpay --profile work journal list --limit 20 --wide")]
    List(JournalFilter),
    /// Every entry with every field, oldest first: the audit trail (CSV unless -o says otherwise).
    #[command(after_help = "Example:\n  affpay journal export --since 2026-11-01 > audit.csv")]
    Export(JournalFilter),
    /// Show one entry, with the request that was sent (no secret in it).
    Show {
        /// The entry's key (see `journal list`).
        key: String,
    },
    /// Record the outcome of requests left `sending`, after checking with the provider.
    #[command(
        group(clap::ArgGroup::new("outcome").required(true).args(["as_", "succeeded", "failed"])),
        group(clap::ArgGroup::new("which").required(true).args(["keys", "all_unknown"]).multiple(false)),
        after_help = "Examples:\n  affpay journal resolve 'smartico:default:settle:35427:150::2026-11-21' --as succeeded \\\n    \
            --reference 15561 --reason 'payment 15561 in the back office'\n  \
            affpay journal resolve --all-unknown --provider billon --as failed --reason 'panel shows none'\n  \
            (failed: the next run may send it again)"
    )]
    Resolve {
        /// The keys to resolve (see `journal list --state sending`).
        keys: Vec<String>,
        /// Every entry still `sending`, narrowed by --provider and --since.
        #[arg(long)]
        all_unknown: bool,
        /// What the provider's records show: succeeded (never sent again) or failed (a later
        /// run may send it again).
        #[arg(long = "as", id = "as_", value_name = "OUTCOME", value_parser = ["succeeded", "failed"])]
        as_: Option<String>,
        /// Short for --as succeeded.
        #[arg(long, hide = true)]
        succeeded: bool,
        /// Short for --as failed.
        #[arg(long, hide = true)]
        failed: bool,
        /// Why: what the provider's records showed (kept with who resolved it and when).
        #[arg(long, value_name = "TEXT", required = true)]
        reason: String,
        /// The provider's reference for what it did (a payment id), with one key.
        #[arg(long)]
        reference: Option<String>,
        /// With --all-unknown: only this provider's entries.
        #[arg(long, requires = "all_unknown")]
        provider: Option<String>,
        /// With --all-unknown: only entries created on or after this date (YYYY-MM-DD, UTC).
        #[arg(long, value_name = "DATE", requires = "all_unknown")]
        since: Option<String>,
        /// The account scope (base URL) of the entry, when the same key is unresolved in more
        /// than one (see `journal list --wide`).
        #[arg(long, value_name = "URL")]
        scope: Option<String>,
    },
    /// Copy a SQLite journal into another journal (a PostgreSQL database): every row as it is,
    /// rows already there left alone, then every row checked; running it again copies nothing.
    #[command(after_help = "Examples:\n  \
        PGPASSWORD=… affpay journal migrate --to 'postgres://affpay@db.internal:5432/affpay?sslmode=verify-full'\n  \
        affpay journal migrate   (to the configured journal.url / AFFPAY_JOURNAL_URL)\n\n\
        The password never goes in --to (every user can read a command line): use PGPASSWORD or ~/.pgpass.")]
    Migrate {
        /// The journal to copy into (default: the configured journal.url or AFFPAY_JOURNAL_URL).
        #[arg(long, value_name = "URL")]
        to: Option<String>,
        /// The SQLite journal to copy (default: journal.sqlite3 in the data directory).
        #[arg(long, value_name = "URL")]
        from: Option<String>,
    },
}

/// Which journal entries `journal list` and `journal export` show.
#[derive(Debug, Args)]
pub struct JournalFilter {
    /// Only this provider's entries.
    #[arg(long)]
    pub provider: Option<String>,
    /// Only entries in this state: sending, succeeded, failed or reversed (undone by a
    /// later affpay cancel).
    #[arg(long)]
    pub state: Option<String>,
    /// Only this operation's entries (settle, adjust, cancel, …).
    #[arg(long)]
    pub operation: Option<String>,
    /// Only entries created on or after this date (YYYY-MM-DD, UTC).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only entries created on or before this date (YYYY-MM-DD, UTC).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// At most this many entries (the newest ones).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Every field in the table too (machine formats always carry every field).
    #[arg(long)]
    pub wide: bool,
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// A plan file's items, totals per currency, skipped targets and approvals.
    #[command(after_help = "Examples:\n  affpay plan show payouts.plan\n  \
        affpay plan show payouts.plan -o csv > review.csv")]
    Show {
        /// The plan file (written by --plan-out).
        file: PathBuf,
    },
    /// Sign a plan file's digest with an SSH key (ssh-keygen -Y sign format, namespace
    /// affpay-plan) and append the approval to the file.
    #[command(
        after_help = "Examples:\n  affpay plan approve payouts.plan --key ~/.ssh/id_ed25519\n  \
        affpay plan approve payouts.plan --key ~/.ssh/id_ed25519 --identity alice@example.com"
    )]
    Approve {
        /// The plan file.
        file: PathBuf,
        /// An ed25519 OpenSSH private key; an encrypted one asks its passphrase on a terminal.
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        /// Who approves, as allowed_signers lists the key (default: user@host).
        #[arg(long, value_name = "NAME")]
        identity: Option<String>,
    },
}

/// `affpay apply`'s options.
#[derive(Debug, Clone, Args)]
pub struct ApplyArgs {
    /// The plan file (written by --plan-out).
    pub file: PathBuf,
    /// Approvals needed from distinct signers of --allowed-signers (the larger of this and
    /// the profile's apply.require_approvals).
    #[arg(long, value_name = "N")]
    pub require_approvals: Option<usize>,
    /// Who may approve: an allowed_signers file as git and ssh-keygen use (default: the
    /// profile's apply.allowed_signers).
    #[arg(long, value_name = "FILE")]
    pub allowed_signers: Option<PathBuf>,
    /// Leave out, and report, items whose target's balance has fallen below the planned
    /// amount since the plan (default: refuse the whole plan).
    #[arg(long)]
    pub skip_changed: bool,
    /// Refuse the plan if its total in any currency exceeds X (a cap of the unattended run's
    /// own, whatever the file was approved for).
    #[arg(long, value_name = "X")]
    pub max_total: Option<String>,
    /// Seconds to wait for another money-moving run of the same provider and profile.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub lock_timeout: u64,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve the simulator on 127.0.0.1 until stopped, and print how to point affpay at it.
    /// It starts from its seeded data and keeps its state in memory only, unlike `--sandbox`.
    #[command(
        after_help = "Example:\n  affpay sandbox serve --port 8080 --travelpayouts-actions 100000"
    )]
    Serve(ServeArgs),
    /// Start the `--sandbox` account over: forget the simulator's recorded state and the
    /// sandbox journal (real data and the real journal are never touched).
    #[command(after_help = "Example:\n  affpay sandbox reset\n\n\
        Exit status: 0 when the sandbox is back to its seeded data (also when it already was), \
        1 when a file could not be removed.")]
    Reset,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// Seed of the generated data: the same seed gives the same data.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Write the base URL to this file once listening (for scripts).
    #[arg(long, value_name = "FILE")]
    pub url_file: Option<PathBuf>,
}

/// The full command tree: affpay's own commands plus every registered provider.
pub fn build() -> clap::Command {
    let mut command = Cli::command().mut_subcommand("sandbox", |sandbox| {
        sandbox.mut_subcommand("serve", |serve| {
            providers::ALL.iter().fold(serve, |serve, p| {
                serve.args(crate::sandbox::prefixed(p.name(), p.sandbox_args()))
            })
        })
    });
    for provider in providers::ALL {
        command = command.subcommand(provider.command());
    }
    command
}

/// A profile name is part of keyring entries, journal keys, lock file names and TOML table
/// names, so it is kept to `[A-Za-z0-9_-]{1,64}`: nothing there needs quoting or escaping, and
/// no name can reach outside the lock directory. Clap applies this to `AFFPAY_PROFILE` too.
pub fn parse_profile(text: &str) -> Result<String, String> {
    let valid = (1..=64).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if valid {
        Ok(text.to_string())
    } else {
        Err(format!(
            "profile '{}' must be 1 to 64 letters, digits, '_' or '-'",
            text.escape_debug()
        ))
    }
}
