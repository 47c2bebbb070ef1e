//! `affpay trackdesk billing-details set` and `payment-methods add|update`: the details an
//! affiliate account needs before a settlement includes it. Each change is checked whole
//! before anything is sent (codes, emails, the fields of the method's type) and keyed by its
//! body, so the same change rerun is sent once.

use super::client::{BILLING_DETAILS, Client, PAYMENT_METHODS, client, path_segment};
use super::details_args::{AddMethodArgs, BillingDetailsArgs, MethodFields, UpdateMethodArgs};
use super::identity::Trackdesk;
use super::methods::{self, MethodType};
use super::shared_changes::{digest, setting_batch};
use crate::context::Context;
use crate::error::usage;
use crate::http::{Api, Request, Response};
use crate::money_args::MoneyArgs;
use crate::plan::{self, Answered, Plan};
use anyhow::Result;
use reqwest::Method;
use serde_json::{Map, Value, json};

pub fn set_billing_details(ctx: &Context, args: &BillingDetailsArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let account = path_segment(&args.account)?;
    let mut body = json!({
        "accountId": account,
        "name": non_empty("--name", &args.name)?,
        "countryCode": code("--country", &args.country, 2)?,
    });
    let optional = [
        ("addressLine1", &args.address_line1),
        ("addressLine2", &args.address_line2),
        ("city", &args.city),
        ("postalCode", &args.postal_code),
        ("vat", &args.vat),
    ];
    for (wire, value) in optional {
        if let Some(value) = value {
            body[wire] = json!(value);
        }
    }
    if let Some(text) = &args.subdivision {
        body["subdivisionCode"] = json!(subdivision(text)?);
    }
    if let Some(email) = &args.invoicing_email {
        body["invoicingEmail"] = json!(email_address("--invoicing-email", email)?);
    }
    let client = client(ctx)?;
    let mut plan = Plan::new(
        ctx,
        &Trackdesk,
        "billing-details",
        setting_batch(&args.money),
    );
    push_change(
        &mut plan,
        &client,
        account,
        Method::POST,
        BILLING_DETAILS,
        body,
        &args.money,
    );
    plan::execute(ctx, &client.api, plan, &safety, &billing_detail)
}

/// The billing details' id.
pub fn billing_detail(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    let value: Value = api.decode(response)?;
    Ok(Answered::reference(
        value["billingDetail"]["id"].as_str().map(str::to_string),
    ))
}

pub fn add_method(ctx: &Context, args: &AddMethodArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let account = path_segment(&args.account)?;
    let kind = method_type(args.kind);
    let data = method_data(kind, &args.fields, true)?;
    let body = json!({
        "accountId": account,
        "type": kind.wire,
        "currency": { "code": code("--currency", &args.currency, 3)? },
        "data": { kind.data: data },
    });
    let client = client(ctx)?;
    let mut plan = Plan::new(ctx, &Trackdesk, "payment-method-add", args.money.batch());
    push_change(
        &mut plan,
        &client,
        account,
        Method::POST,
        PAYMENT_METHODS,
        body,
        &args.money,
    );
    plan::execute(ctx, &client.api, plan, &safety, &payment_method)
}

pub fn update_method(ctx: &Context, args: &UpdateMethodArgs) -> Result<()> {
    let safety = args.money.safety(ctx)?;
    let id = path_segment(&args.id)?;
    let kind = method_type(args.kind);
    let mut body = json!({ "type": kind.wire });
    if let Some(currency) = &args.currency {
        body["currency"] = json!({ "code": code("--currency", currency, 3)? });
    }
    if !args.fields.given().is_empty() {
        body["data"] = json!({ kind.data: method_data(kind, &args.fields, false)? });
    } else if args.currency.is_none() {
        return Err(usage(format!(
            "nothing to change: give --currency or {}'s fields ({})",
            kind.name,
            flags_of(kind)
        )));
    }
    let client = client(ctx)?;
    let mut plan = Plan::new(
        ctx,
        &Trackdesk,
        "payment-method-update",
        setting_batch(&args.money),
    );
    let path = format!("{PAYMENT_METHODS}/{id}");
    push_change(
        &mut plan,
        &client,
        id,
        Method::PATCH,
        &path,
        body,
        &args.money,
    );
    plan::execute(ctx, &client.api, plan, &safety, &payment_method)
}

/// A change to an account's data. The body's digest is part of its key, so the same change
/// rerun the same day is sent once, and a different one is sent.
fn push_change(
    plan: &mut Plan,
    client: &Client,
    target: &str,
    method: Method,
    path: &str,
    body: Value,
    money: &MoneyArgs,
) {
    let variant = format!("body={}", digest(&body.to_string()));
    let request = client.write(method, path, Some(body));
    plan.push_variant(
        target.to_string(),
        None,
        None,
        request,
        money.idempotency_key.clone(),
        Some(&variant),
    );
}

pub fn payment_method(api: &Api, _: &Request, response: &Response) -> Result<Answered> {
    let value: Value = api.decode(response)?;
    let method = &value["paymentMethod"];
    let note = format!(
        "type={} currency={} default={}",
        methods::friendly(method["type"].as_str().unwrap_or_default()),
        method["currencyCode"].as_str().unwrap_or_default(),
        method["default"].as_bool().unwrap_or(false)
    );
    Ok(Answered {
        reference: method["id"].as_str().map(str::to_string),
        note: Some(note),
        ..Answered::default()
    })
}

fn method_type(wire: &str) -> &'static MethodType {
    methods::by_wire(wire).expect("--type is parsed into a known wire value")
}

fn flags_of(kind: &MethodType) -> String {
    kind.fields
        .iter()
        .map(|f| format!("--{}", f.flag))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The type's `data` object from the fields given: a field of another type, or a required
/// one missing, is refused before anything is sent; so is a new method with no details.
fn method_data(kind: &MethodType, fields: &MethodFields, adding: bool) -> Result<Value> {
    let given = fields.given();
    let mut data = Map::new();
    for (flag, value) in &given {
        let field = kind
            .fields
            .iter()
            .find(|f| f.flag == *flag)
            .ok_or_else(|| {
                usage(format!(
                    "--{flag} does not apply to {}; it takes {}",
                    kind.name,
                    flags_of(kind)
                ))
            })?;
        data.insert(field.wire.to_string(), json!(non_empty(flag, value)?));
    }
    for field in kind.fields.iter().filter(|f| f.required) {
        if !data.contains_key(field.wire) {
            return Err(usage(format!("{} requires --{}", kind.name, field.flag)));
        }
    }
    if adding && given.iter().all(|(flag, _)| *flag == "note") {
        return Err(usage(format!(
            "a {} payment method needs its details: {}",
            kind.name,
            flags_of(kind)
        )));
    }
    Ok(Value::Object(data))
}

fn non_empty<'a>(what: &str, value: &'a str) -> Result<&'a str> {
    if value.trim().is_empty() {
        Err(usage(format!("{what} must not be empty")))
    } else {
        Ok(value)
    }
}

/// A country (2) or currency (3) code: exactly `length` ASCII letters, upper-cased.
fn code(what: &str, text: &str, length: usize) -> Result<String> {
    if text.len() == length && text.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(text.to_ascii_uppercase())
    } else {
        Err(usage(format!(
            "{what} '{text}' is not a code of {length} letters"
        )))
    }
}

/// The part of an ISO 3166-2 code after the country (CA of US-CA): 1 to 3 letters or digits.
fn subdivision(text: &str) -> Result<String> {
    if (1..=3).contains(&text.len()) && text.chars().all(|c| c.is_ascii_alphanumeric()) {
        Ok(text.to_ascii_uppercase())
    } else {
        Err(usage(format!(
            "--subdivision '{text}' is not a code of 1 to 3 letters or digits"
        )))
    }
}

fn email_address<'a>(what: &str, text: &'a str) -> Result<&'a str> {
    let ok = text
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
        && !text.contains(char::is_whitespace);
    if ok {
        Ok(text)
    } else {
        Err(usage(format!("{what} '{text}' is not an email address")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_emails_are_checked() {
        assert_eq!(code("--country", "cz", 2).unwrap(), "CZ");
        assert!(code("--country", "CZE", 2).is_err());
        assert!(code("--currency", "EU1", 3).is_err());
        assert!(email_address("--email", "jane@example.com").is_ok());
        assert!(email_address("--email", "jane@localhost").is_err());
    }
}
