//! The `sandbox serve` options that shape a provider's simulated data. A provider declares
//! them by their short names ("affiliates"); the framework names them after the provider
//! (`--smartico-affiliates`), so no two providers' options can collide and none is prefixed
//! by hand.

use clap::{Arg, ArgMatches};
use std::any::Any;

/// `args` named `--<provider>-<name>`.
pub fn prefixed(provider: &str, args: Vec<Arg>) -> Vec<Arg> {
    args.into_iter()
        .map(|arg| {
            let name = format!("{provider}-{}", arg.get_id());
            arg.id(name.clone()).long(name)
        })
        .collect()
}

/// One provider's options among the parsed `sandbox serve` options.
pub struct Options<'a> {
    matches: &'a ArgMatches,
    provider: &'static str,
}

impl<'a> Options<'a> {
    pub fn new(matches: &'a ArgMatches, provider: &'static str) -> Options<'a> {
        Options { matches, provider }
    }

    /// The provider they belong to.
    pub fn provider(&self) -> &'static str {
        self.provider
    }

    /// The value of the provider's option `name` (as [`prefixed`] names it), if given or
    /// defaulted.
    pub fn get<T: Any + Clone + Send + Sync + 'static>(&self, name: &str) -> Option<T> {
        self.matches
            .get_one::<T>(&format!("{}-{name}", self.provider))
            .cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Command, value_parser};

    #[test]
    fn a_providers_options_are_named_after_it_and_read_by_their_short_names() {
        let args = vec![
            Arg::new("rate-limit")
                .default_value("0")
                .value_parser(value_parser!(u64)),
        ];
        let serve = Command::new("serve").args(prefixed("acme", args));
        let matches = serve
            .try_get_matches_from(["serve", "--acme-rate-limit", "7"])
            .unwrap();
        let options = Options::new(&matches, "acme");
        assert_eq!(options.get::<u64>("rate-limit"), Some(7));
        assert_eq!(options.provider(), "acme");
    }
}
