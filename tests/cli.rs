//! The one integration test binary: the built `affpay` run against local servers.
//!
//! Every test gets its own temp config and data directories and `AFFPAY_KEYRING=none`, so no
//! test touches the user's keyring, config or the network.

mod cli {
    pub mod schema;
    pub mod util;
}
use cli::util;

#[path = "cli/affonso/mod.rs"]
mod affonso;
#[path = "cli/approve/mod.rs"]
mod approve;
#[path = "cli/billon/mod.rs"]
mod billon;
#[path = "cli/conformance/mod.rs"]
mod conformance;
#[path = "cli/fault_proxy.rs"]
mod fault_proxy;
#[path = "cli/foundation/mod.rs"]
mod foundation;
#[path = "cli/generated.rs"]
mod generated;
#[path = "cli/input.rs"]
mod input;
#[path = "cli/journal.rs"]
mod journal;
#[path = "cli/keyring.rs"]
mod keyring;
#[path = "cli/layers.rs"]
mod layers;
#[path = "cli/lengths.rs"]
mod lengths;
#[path = "cli/outcomes.rs"]
mod outcomes;
#[path = "cli/overview/mod.rs"]
mod overview;
#[path = "cli/postgres/mod.rs"]
mod postgres;
#[path = "cli/providers.rs"]
mod providers;
#[path = "cli/ratelimits.rs"]
mod ratelimits;
#[path = "cli/readme_examples.rs"]
mod readme_examples;
#[path = "cli/sandbox_state.rs"]
mod sandbox_state;
#[path = "cli/secrets/mod.rs"]
mod secrets;
#[path = "cli/settings/mod.rs"]
mod settings;
#[path = "cli/smartico/mod.rs"]
mod smartico;
#[path = "cli/smartico_actions.rs"]
mod smartico_actions;
#[path = "cli/status.rs"]
mod status;
#[path = "cli/tables.rs"]
mod tables;
#[path = "cli/trackdesk/mod.rs"]
mod trackdesk;
#[path = "cli/trackdesk_sandbox/mod.rs"]
mod trackdesk_sandbox;
#[path = "cli/trackdesk_wire/mod.rs"]
mod trackdesk_wire;
#[path = "cli/travelpayouts/mod.rs"]
mod travelpayouts;
#[path = "cli/unattended.rs"]
mod unattended;
