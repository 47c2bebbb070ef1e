//! Plan, confirm, dry-run, journal, send: the one path every money-moving request takes.
//!
//! A provider turns a command into a [`Plan`] — every request it would send, each with an
//! idempotency key — and validates all of it before anything leaves. [`execute`] then shows
//! the plan, asks for confirmation (or refuses without a terminal or `--yes`), takes the
//! per-provider run lock, and sends each request through the journal so that a retry, a crash
//! or an overlapping run never pays twice. Every item's result is reported, and the exit code
//! says whether any failed (8) or has an unknown outcome (9).
//!
//! The files go by concern, each importing only those listed before it: `item` (one request,
//! compact), `model` (the plan, its keys and totals), `answer` (reading a provider's answer),
//! `outcome` (how an item ended, the exit policy), `render` (what a person sees), `signals`,
//! `send` (the journal protocol of one item), and `execute` (a run). This file only declares
//! them and names what the rest of affpay uses, so callers say `plan::Plan`.

mod answer;
mod execute;
mod item;
mod model;
mod outcome;
mod render;
mod send;
mod signals;

pub use answer::{Answer, Answered, Part};
pub use execute::{execute, scope_of};
pub use item::Item;
pub use model::{KeyBasis, Line, Plan, PlanOut, Safety, default_batch, derive_key};
pub use render::{DRY_RUN_COLUMNS, RESULT_COLUMNS, check_fields};
