//! One request of a plan, kept compact: a large CSV plan holds 100,000 of them before the
//! first is sent, so what an item says (key, target, currency, name) lives in one allocation.

use crate::http::Request;
use rust_decimal::Decimal;

/// One request of a plan. A plan holds every request of a batch before the first is sent
/// (100,000 for a large CSV), so the item's key, target, currency and name share one
/// allocation and are read through accessors.
#[derive(Debug, Clone)]
pub struct Item {
    /// The key, the target, the currency, then the name, back to back; lengths in 32 bits
    /// (a key is far shorter than 4 GiB), which keeps the item at 112 bytes.
    text: Box<str>,
    key_len: u32,
    target_len: u32,
    currency_len: Option<u32>,
    has_name: bool,
    pub amount: Option<Decimal>,
    pub request: Request,
    /// The operator named the key (`--idempotency-key`): reusing it for another amount or
    /// target is a mistake to refuse. A derived key says by itself what it covers.
    pub explicit_key: bool,
}

impl Item {
    pub fn new(
        key: &str,
        target: &str,
        amount: Option<Decimal>,
        currency: Option<&str>,
        request: Request,
        explicit_key: bool,
    ) -> Item {
        let mut item = Item {
            text: Box::default(),
            key_len: 0,
            target_len: 0,
            currency_len: None,
            has_name: false,
            amount,
            request,
            explicit_key,
        };
        item.set_text(key, target, currency, None);
        item
    }

    /// The idempotency key the request is sent under.
    pub fn key(&self) -> &str {
        &self.text[..self.key_len as usize]
    }

    /// Who or what the request pays, as the journal and the reports name it.
    pub fn target(&self) -> &str {
        &self.text[self.key_len as usize..self.ends().0]
    }

    pub fn currency(&self) -> Option<&str> {
        self.currency_len?;
        let (target_end, currency_end) = self.ends();
        Some(&self.text[target_end..currency_end])
    }

    /// The target's name, where the provider gives it: shown with the plan.
    pub fn name(&self) -> Option<&str> {
        self.has_name.then(|| &self.text[self.ends().1..])
    }

    /// Where the target and the currency end in the text.
    fn ends(&self) -> (usize, usize) {
        let target_end = (self.key_len + self.target_len) as usize;
        (
            target_end,
            target_end + self.currency_len.unwrap_or(0) as usize,
        )
    }

    /// Sets what the provider reports of the target, shown with the plan: its currency and
    /// name. Never part of the key, which is already made.
    pub fn set_reported(&mut self, currency: Option<&str>, name: Option<&str>) {
        let text = std::mem::take(&mut self.text);
        let (key, rest) = text.split_at(self.key_len as usize);
        self.set_text(key, &rest[..self.target_len as usize], currency, name);
    }

    /// The same request under another key.
    pub(super) fn with_key(&self, key: &str) -> Item {
        let mut item = self.clone();
        item.set_text(key, self.target(), self.currency(), self.name());
        item
    }

    fn set_text(&mut self, key: &str, target: &str, currency: Option<&str>, name: Option<&str>) {
        let parts = [key, target, currency.unwrap_or(""), name.unwrap_or("")];
        self.text = parts.concat().into_boxed_str();
        let length = |part: &str| u32::try_from(part.len()).expect("a part under 4 GiB");
        self.key_len = length(key);
        self.target_len = length(target);
        self.currency_len = currency.map(length);
        self.has_name = name.is_some();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::Request;

    #[test]
    fn an_item_keeps_each_part_apart_and_what_is_reported_changes_no_key() {
        let request = Request {
            method: reqwest::Method::POST,
            url: std::sync::Arc::new("https://example.com/pay".parse().unwrap()),
            body: None,
            repeat: crate::http::Repeat::OnlyUnsent,
        };
        let mut item = Item::new("k:1", "35427", None, Some("EUR"), request, false);
        assert_eq!(
            (item.key(), item.target(), item.currency(), item.name()),
            ("k:1", "35427", Some("EUR"), None)
        );
        item.set_reported(None, Some("Łukasz"));
        assert_eq!(
            (item.key(), item.target(), item.currency(), item.name()),
            ("k:1", "35427", None, Some("Łukasz"))
        );
        item.set_reported(Some(""), Some(""));
        assert_eq!((item.currency(), item.name()), (Some(""), Some("")));
        let reissued = item.with_key("k:1:reissue-2");
        assert_eq!(
            (
                reissued.key(),
                reissued.target(),
                reissued.currency(),
                reissued.name()
            ),
            ("k:1:reissue-2", "35427", Some(""), Some(""))
        );
        assert_eq!(item.key(), "k:1");
    }
}
