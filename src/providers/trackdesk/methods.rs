//! Payment method types: the friendly names typed on the command line, the wire enum they
//! stand for, and the fields each type's `data` object takes, as the OpenAPI document gives
//! them (`payment_methods.v1.PaymentMethodData.*`). One table, so the CLI, the help text and
//! the simulator agree.

/// One of a type's fields: the command-line flag (without `--`) and the wire name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub flag: &'static str,
    pub wire: &'static str,
    pub required: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodType {
    /// As typed: `paypal`, `bank-transfer`.
    pub name: &'static str,
    /// `PAYMENT_METHOD_TYPE_PAY_PAL`.
    pub wire: &'static str,
    /// The key of its object inside `data`: `payPal`.
    pub data: &'static str,
    pub fields: &'static [Field],
}

const fn optional(flag: &'static str, wire: &'static str) -> Field {
    Field {
        flag,
        wire,
        required: false,
    }
}

const NOTE: Field = optional("note", "note");
const EMAIL: Field = optional("email", "email");
const WALLET: Field = optional("wallet-address", "cryptoWalletAddress");
const IDENTIFICATION: Field = optional("identification", "identification");

const fn method(
    name: &'static str,
    wire: &'static str,
    data: &'static str,
    fields: &'static [Field],
) -> MethodType {
    MethodType {
        name,
        wire,
        data,
        fields,
    }
}

pub const TYPES: &[MethodType] = &[
    method(
        "bank-transfer",
        "PAYMENT_METHOD_TYPE_BANK_TRANSFER",
        "bankTransfer",
        &[
            optional("bank-account-number", "bankAccountNumber"),
            optional("bank-address", "bankAddress"),
            optional("bank-name", "bankName"),
            optional("swift", "swift"),
            optional("aba", "aba"),
            NOTE,
        ],
    ),
    method(
        "bitcoin",
        "PAYMENT_METHOD_TYPE_BITCOIN",
        "bitcoin",
        &[WALLET, NOTE],
    ),
    method(
        "credit-store",
        "PAYMENT_METHOD_TYPE_CREDIT_STORE",
        "creditStore",
        &[IDENTIFICATION, NOTE],
    ),
    method(
        "custom",
        "PAYMENT_METHOD_TYPE_CUSTOM",
        "custom",
        &[optional("name", "name"), IDENTIFICATION, NOTE],
    ),
    method(
        "direct-deposit",
        "PAYMENT_METHOD_TYPE_DIRECT_DEPOSIT",
        "directDeposit",
        &[
            optional("account-number", "accountNumber"),
            optional("account-holder", "accountHolder"),
            optional("bank-name", "bankName"),
            optional("routing-number", "bankRoutingNumber"),
            NOTE,
        ],
    ),
    method(
        "ether",
        "PAYMENT_METHOD_TYPE_ETHER",
        "ether",
        &[WALLET, NOTE],
    ),
    method(
        "gift-card",
        "PAYMENT_METHOD_TYPE_GIFT_CARD",
        "giftCard",
        &[IDENTIFICATION, NOTE],
    ),
    method(
        "mercado-pago",
        "PAYMENT_METHOD_TYPE_MERCADO_PAGO",
        "mercadoPago",
        &[
            EMAIL,
            optional("first-name", "firstName"),
            optional("last-name", "lastName"),
            NOTE,
        ],
    ),
    method(
        "neteller",
        "PAYMENT_METHOD_TYPE_NETELLER",
        "neteller",
        &[EMAIL, NOTE],
    ),
    method(
        "paxum",
        "PAYMENT_METHOD_TYPE_PAXUM",
        "paxum",
        &[EMAIL, NOTE],
    ),
    method(
        "paypal",
        "PAYMENT_METHOD_TYPE_PAY_PAL",
        "payPal",
        &[EMAIL, NOTE],
    ),
    method(
        "payoneer",
        "PAYMENT_METHOD_TYPE_PAYONEER",
        "payoneer",
        &[
            Field {
                flag: "email",
                wire: "email",
                required: true,
            },
            NOTE,
        ],
    ),
    method(
        "revolut",
        "PAYMENT_METHOD_TYPE_REVOLUT",
        "revolut",
        &[
            optional("revolut-tag", "revolutTag"),
            optional("phone-number", "phoneNumber"),
            EMAIL,
            NOTE,
        ],
    ),
    method(
        "sepa",
        "PAYMENT_METHOD_TYPE_SEPA",
        "sepa",
        &[
            optional("iban", "iban"),
            optional("beneficiary-name", "beneficiaryName"),
            optional("bic", "bic"),
            NOTE,
        ],
    ),
    method(
        "skrill",
        "PAYMENT_METHOD_TYPE_SKRILL",
        "skrill",
        &[EMAIL, NOTE],
    ),
    method(
        "tipalti",
        "PAYMENT_METHOD_TYPE_TIPALTI",
        "tipalti",
        &[optional("payee-id", "payeeId"), NOTE],
    ),
    method("usdc", "PAYMENT_METHOD_TYPE_USDC", "usdc", &[WALLET, NOTE]),
    method("usdt", "PAYMENT_METHOD_TYPE_USDT", "usdt", &[WALLET, NOTE]),
    method("wise", "PAYMENT_METHOD_TYPE_WISE", "wise", &[EMAIL, NOTE]),
];

/// A type by its friendly name; the error lists them all.
pub fn by_name(name: &str) -> Result<&'static MethodType, String> {
    TYPES
        .iter()
        .find(|t| t.name == name.to_ascii_lowercase())
        .ok_or_else(|| {
            let names: Vec<_> = TYPES.iter().map(|t| t.name).collect();
            format!(
                "'{name}' is not a payment method type; known types: {}",
                names.join(", ")
            )
        })
}

/// A type by its wire name.
pub fn by_wire(wire: &str) -> Option<&'static MethodType> {
    TYPES.iter().find(|t| t.wire == wire)
}

/// The friendly name of a wire value; unknown values pass through as they came.
pub fn friendly(wire: &str) -> String {
    match by_wire(wire) {
        Some(t) => t.name.to_string(),
        None if wire.is_empty() || wire == "PAYMENT_METHOD_TYPE_UNSPECIFIED" => String::new(),
        None => wire.to_string(),
    }
}

/// The `value_parser` of `--type` and `--payment-method`: the wire enum value.
pub fn parse_type(name: &str) -> Result<&'static str, String> {
    by_name(name).map(|t| t.wire)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_maps_both_ways_and_payoneer_needs_an_email() {
        assert_eq!(TYPES.len(), 19);
        for t in TYPES {
            assert_eq!(by_wire(t.wire), Some(t));
            assert_eq!(friendly(t.wire), t.name);
        }
        assert_eq!(parse_type("PayPal").unwrap(), "PAYMENT_METHOD_TYPE_PAY_PAL");
        assert!(parse_type("cash").unwrap_err().contains("bank-transfer"));
        let payoneer = by_name("payoneer").unwrap();
        assert!(
            payoneer
                .fields
                .iter()
                .any(|f| f.flag == "email" && f.required)
        );
        assert_eq!(
            friendly("PAYMENT_METHOD_TYPE_NEW_THING"),
            "PAYMENT_METHOD_TYPE_NEW_THING"
        );
    }
}
