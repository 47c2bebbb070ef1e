//! Plan files: a money-moving run's plan written down (`--plan-out`), so that one person
//! prepares, another approves (`affpay plan approve`, see [`crate::approval`]) and `affpay
//! apply` executes exactly what was approved.
//!
//! The file is JSON: `format`, the plan `body`, its `digest` and the `approvals`. The digest is
//! the SHA-256 of the body in a canonical form — compact, object keys sorted, strings and
//! numbers exactly as written — so whitespace and key order mean nothing and every value
//! counts: one changed amount, target or item is another digest. Approvals sign the digest,
//! so appending one leaves it as it was. Each request is kept whole (method, path, query,
//! body) with its idempotency key, so `apply` replays it through the same plan and journal
//! the command would have used, and a second apply finds every key done. The base URL is the
//! plan's scope, checked at apply against the profile's. Credentials travel in headers, never
//! in a planned request, and the file is checked for the credential before it is written.
//!
//! The files go by concern, each importing only those listed before it: `digest` (the
//! canonical form and its SHA-256), `format` (the file, reading and checking it), `write`
//! (`--plan-out`) and `replay` (`apply`). This file only declares them and names what the rest
//! of affpay uses, so callers say `planfile::PlanFile`.

mod digest;
mod format;
mod replay;
mod write;

pub use digest::digest_of;
pub use format::{
    Approval, Body, FORMAT, FileBalance, FileItem, FileLine, PlanFile, Skipped, parse_expiry,
    refused, stamp, totals_text,
};
pub use replay::Replay;
pub use write::{BalanceReader, plug_balances, write};
