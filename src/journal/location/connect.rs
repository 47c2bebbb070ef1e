//! Reaching a [`Target`]: the password found, TLS set up for its `sslmode`, and a database
//! error turned into one redacted line of the right exit kind. Separate from parsing because
//! it runs only when a journal is opened, against the network and the environment.

use super::pgpass::pgpass;
use super::target::{Target, Tls};
use crate::error::{Kind, fail};
use crate::secret::Secret;
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::sync::Arc;

impl Target {
    /// Opens a session. Unreachable, refused or timed out is temporary (exit 6); a refused
    /// password or a bad `sslrootcert` is configuration (exit 3).
    pub fn connect(&self) -> Result<postgres::Client> {
        let mut config = self.config.clone();
        if let Some(password) = self.password()? {
            config.password(password.expose());
        }
        if self.tls == Tls::Off && !self.is_local() {
            crate::notice!(
                "affpay: warning: the journal database {} is reached without TLS (sslmode=disable)",
                self.shown
            );
        }
        let connector = tokio_postgres_rustls::MakeRustlsConnect::new(self.tls_config()?);
        config
            .connect(connector)
            .map_err(|e| self.error(e, "cannot reach"))
    }

    /// A database error as one redacted line, of the kind its cause calls for: the database
    /// gone (connection closed, server shutting down, network) is temporary.
    pub fn error(&self, err: postgres::Error, doing: &str) -> anyhow::Error {
        // The password from PGPASSWORD or ~/.pgpass as well as the URL's: a server may echo
        // what it was sent.
        let resolved = self.password().ok().flatten();
        let text = crate::secret::redact(
            &format!(
                "{doing} the journal database {}: {}",
                self.shown,
                full(&err)
            ),
            self.password.iter().chain(resolved.iter()),
        );
        let kind = match err.code().map(|c| c.code()) {
            Some(code) if code.starts_with("28") => Some(Kind::MissingCredential),
            Some(code) if code.starts_with("08") || code.starts_with("57P") => {
                Some(Kind::Temporary)
            }
            Some(_) => None,
            // A certificate verify-full does not accept is configuration, not bad weather.
            None if refused_certificate(&err) => Some(Kind::MissingCredential),
            None => Some(Kind::Temporary),
        };
        match kind {
            Some(kind) => fail(kind, text),
            None => anyhow::anyhow!(text),
        }
    }

    /// The password: the URL's, else `PGPASSWORD`, else the password file's line for this
    /// host, port, database and user.
    fn password(&self) -> Result<Option<Secret>> {
        if let Some(password) = &self.password {
            return Ok(Some(password.clone()));
        }
        if let Some(password) = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty()) {
            return Ok(Some(Secret::new(password)));
        }
        let file = match std::env::var_os("PGPASSFILE").filter(|f| !f.is_empty()) {
            Some(file) => PathBuf::from(file),
            None => match std::env::var_os("HOME").filter(|h| !h.is_empty()) {
                Some(home) => Path::new(&home).join(".pgpass"),
                None => return Ok(None),
            },
        };
        let host = match self.config.get_hosts().first() {
            Some(postgres::config::Host::Tcp(name)) => name.clone(),
            _ => "localhost".to_string(),
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        let wanted = [
            host.as_str(),
            &port.to_string(),
            self.config.get_dbname().unwrap_or(""),
            self.config.get_user().unwrap_or(""),
        ];
        pgpass(&file, &wanted)
    }

    /// The rustls configuration for the URL's `sslmode`.
    fn tls_config(&self) -> Result<rustls::ClientConfig> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()?;
        let config = match &self.tls {
            Tls::Verify(Some(roots)) => {
                use rustls_pki_types::pem::PemObject;
                let mut store = rustls::RootCertStore::empty();
                let certs = rustls_pki_types::CertificateDer::pem_file_iter(roots)
                    .and_then(|certs| certs.collect::<std::result::Result<Vec<_>, _>>())
                    .map_err(|e| {
                        fail(
                            Kind::MissingCredential,
                            format!("sslrootcert {}: {e}", roots.display()),
                        )
                    })?;
                store.add_parsable_certificates(certs);
                builder.with_root_certificates(store).with_no_client_auth()
            }
            Tls::Verify(None) => {
                use rustls_platform_verifier::BuilderVerifierExt;
                builder.with_platform_verifier()?.with_no_client_auth()
            }
            Tls::Encrypt | Tls::Off => builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(Unchecked(provider)))
                .with_no_client_auth(),
        };
        Ok(config)
    }
}

/// An error and its causes on one line: the driver's own text is often just "db error" or
/// "error connecting to server", with the reason below it.
fn full(err: &postgres::Error) -> String {
    let mut text = err.to_string();
    let mut cause = std::error::Error::source(err);
    while let Some(c) = cause {
        let more = c.to_string();
        if !text.contains(&more) {
            text = format!("{text}: {more}");
        }
        cause = c.source();
    }
    text
}

/// Whether the TLS handshake failed on the server's certificate.
fn refused_certificate(err: &postgres::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(c) = cause {
        let inner = c
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .map_or(c, |inner| inner as &(dyn std::error::Error + 'static));
        if let Some(rustls::Error::InvalidCertificate(_)) = inner.downcast_ref::<rustls::Error>() {
            return true;
        }
        cause = c.source();
    }
    false
}

/// `sslmode=require`: the connection is encrypted and the handshake's signatures checked, but
/// the certificate is not (as libpq's `require`); `verify-full` is the mode that checks it.
#[derive(Debug)]
struct Unchecked(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls_pki_types::CertificateDer<'_>,
        _intermediates: &[rustls_pki_types::CertificateDer<'_>],
        _server_name: &rustls_pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls_pki_types::UnixTime,
    ) -> std::result::Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls_pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls_pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
