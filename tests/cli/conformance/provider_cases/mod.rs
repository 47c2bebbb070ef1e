//! Provider tests of properties the suite checks for every entry, moved here from the
//! provider's own files and kept as they were written: each names, in a comment, the general
//! check above that covers it, and adds the provider's own near-misses or scenario. A new
//! provider needs none of these: its `ENTRIES` lines get every check.

mod affonso;
mod billon;
mod smartico;
mod trackdesk;
mod trackdesk_wire;
