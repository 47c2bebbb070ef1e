//! The one integration test binary: the built `affpay` run against local servers.
//!
//! Every test gets its own temp config and data directories and `AFFPAY_KEYRING=none`, so no
//! test touches the user's keyring, config or the network.

mod cli {
    pub mod schema;
    pub mod util;
}
use cli::util;

#[path = "cli/affonso.rs"]
mod affonso;
#[path = "cli/billon.rs"]
mod billon;
#[path = "cli/foundation.rs"]
mod foundation;
#[path = "cli/generated.rs"]
mod generated;
#[path = "cli/keyring.rs"]
mod keyring;
#[path = "cli/outcomes.rs"]
mod outcomes;
#[path = "cli/ratelimits.rs"]
mod ratelimits;
#[path = "cli/smartico.rs"]
mod smartico;
#[path = "cli/trackdesk.rs"]
mod trackdesk;
#[path = "cli/trackdesk_sandbox.rs"]
mod trackdesk_sandbox;
#[path = "cli/travelpayouts.rs"]
mod travelpayouts;
