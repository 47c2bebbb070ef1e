//! A local simulator of the provider APIs, for demos, rehearsals, benchmarks and tests.
//!
//! Each provider describes its simulated API declaratively: a route table ([`Route`]: method,
//! path pattern, handler) and a [`Description`] of what its vendor documents around the
//! routes — where it is mounted, its auth header, its rate limit, its error envelope. The
//! framework derives the rest: matching paths to routes, the shared middleware, the 404s, and
//! the dispatch to the one provider mounted at a path ([`Dispatcher`], which refuses
//! overlapping mounts). A provider's routes demand its real auth header with the sandbox
//! token, so affpay is exercised exactly as against the real service. The options that shape
//! a provider's data are named after it by the framework ([`prefixed`]).
//!
//! `affpay sandbox serve` keeps its state in memory; `--sandbox` records every change in the
//! sandbox data directory ([`recorded`]), so a sequence of commands meets one account. Routes
//! must therefore be deterministic given the seed, the requests and [`now`]; a change to the
//! seeded data changes the number in `recorded::HEADER`, so an old state is refused, not
//! replayed against other data.
//!
//! This file only names the parts; each lives in its own file and imports only the ones
//! below it (message, clock, rng, limits, routes, server, mount, options, recorded).

mod clock;
mod limits;
mod message;
mod mount;
mod options;
pub mod recorded;
mod rng;
mod routes;
mod server;

pub use clock::{now, now_millis};
pub use limits::{Limiter, PerSecond, RateLimit, TokenBucket, WindowLimit};
pub use message::{Reply, SimRequest, SimResponse};
pub use mount::{Auth, Description, Dispatcher, Mounted, Routes, mount, token_for};
pub use options::{Options, prefixed};
pub use rng::Rng;
pub use routes::{Call, Route};
pub use server::{Handler, Server};
