//! One entry under one fault: its runs, and the checks every case makes of what the provider
//! received, the exit codes, the journal and the secret.

use super::*;

/// One entry under one fault: a fresh simulator, the proxy in front of it, and the home
/// (journal, config) every run of the case shares.
pub(crate) struct Case {
    pub(crate) entry: &'static Entry,
    pub(crate) fault: &'static str,
    pub(crate) upstream: Upstream,
    pub(crate) proxy: FaultProxy,
    pub(crate) env: Env,
    pub(crate) args: Vec<String>,
    /// `--timeout` of every run, in seconds.
    pub(crate) timeout: &'static str,
    /// The PostgreSQL schema holding the journal and lock, for the cases run there.
    pub(crate) postgres: Option<crate::postgres::Database>,
}

impl Case {
    pub(crate) fn start(entry: &'static Entry, fault: &'static str) -> Case {
        let upstream = Upstream::start(entry);
        let env = Env::new();
        configure(&env, entry);
        let args = (entry.setup)(&upstream, env.dir.path());
        let proxy = FaultProxy::start(upstream.url());
        Case {
            entry,
            fault,
            upstream,
            proxy,
            env,
            args,
            timeout: "2",
            postgres: None,
        }
    }

    /// Moves this case's journal and run lock into a PostgreSQL schema of its own (the
    /// top-level `journal.url` of its config.toml, which every run and `journal list` of the
    /// case reads); false, with a notice, when no test database is named (and none required).
    pub(crate) fn journal_in_postgres(&mut self) -> bool {
        let Some(db) = crate::postgres::Database::new() else {
            return false;
        };
        let config = self.env.config_dir().join("config.toml");
        std::fs::create_dir_all(self.env.config_dir()).unwrap();
        let mut text = std::fs::read_to_string(&config).unwrap_or_default();
        text.push_str(&format!(
            "\n[journal]\nurl = \"{}\"\n",
            db.url_with_password()
        ));
        std::fs::write(&config, text).unwrap();
        self.postgres = Some(db);
        true
    }

    /// `entry / fault`, for failure messages.
    pub(crate) fn at(&self) -> String {
        format!("{} / {}", self.entry.name, self.fault)
    }

    pub(crate) fn secret(&self) -> String {
        token_for(self.entry.provider)
    }

    /// The command with the suite's options, against `url`.
    pub(crate) fn command(&self, url: &str, args: &[String], batch: &str, format: &str) -> Command {
        let mut cmd = pointed(&self.env, self.entry.provider, url);
        cmd.args(args)
            .args(["--yes", "--batch", batch, "--timeout", self.timeout])
            .args(["-o", format]);
        cmd
    }

    /// The entry's command through the proxy, as JSON.
    pub(crate) fn run(&self) -> Output {
        self.run_with(self.proxy.url(), &self.args, BATCH)
    }

    pub(crate) fn run_with(&self, url: &str, args: &[String], batch: &str) -> Output {
        let output = self.command(url, args, batch, "json").output().unwrap();
        self.secret_free(&output);
        output
    }

    /// The entry's command through the proxy, started and left running.
    pub(crate) fn spawn(&self, format: &str) -> Started {
        let child = self
            .command(self.proxy.url(), &self.args, BATCH, format)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        Started(Some(child))
    }

    pub(crate) fn finish(&self, mut started: Started) -> Output {
        let child = started.0.take().expect("a running child");
        let output = child.wait_with_output().unwrap();
        self.secret_free(&output);
        output
    }

    pub(crate) fn exits(&self, output: &Output, code: i32, what: &str) {
        assert_eq!(
            output.status.code(),
            Some(code),
            "{}: {what} should exit {code}, not {:?}\nstdout: {}\nstderr: {}\nmoney requests: {:#?}",
            self.at(),
            output.status,
            stdout_of(output),
            stderr_of(output),
            self.money_lines()
        );
    }

    /// `(target, result)` of a `-o json` report.
    pub(crate) fn results(&self, output: &Output) -> Vec<(String, String)> {
        let stdout = stdout_of(output);
        if stdout.trim().is_empty() {
            return vec![];
        }
        let rows: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
            panic!(
                "{}: stdout is not one JSON document ({e}): {stdout}",
                self.at()
            )
        });
        rows.as_array()
            .unwrap_or_else(|| panic!("{}: not a JSON array: {stdout}", self.at()))
            .iter()
            .map(|r| (plain(&r["target"]), plain(&r["result"])))
            .collect()
    }

    /// The journal's entries, counted by state.
    pub(crate) fn states(&self) -> BTreeMap<String, usize> {
        let output = self
            .env
            .cmd()
            .args(["journal", "list", "-o", "json"])
            .output()
            .unwrap();
        self.secret_free(&output);
        let mut states = BTreeMap::new();
        for row in rows(&output) {
            *states.entry(plain(&row["state"])).or_default() += 1;
        }
        states
    }

    pub(crate) fn state_count(&self, state: &str) -> usize {
        self.states().get(state).copied().unwrap_or(0)
    }

    /// The money-moving requests the upstream received, in order.
    pub(crate) fn money(&self) -> Vec<Exchange> {
        money_of(self.entry, &self.proxy)
    }

    pub(crate) fn money_lines(&self) -> Vec<String> {
        self.money().iter().map(Exchange::line).collect()
    }

    /// The targets of the money-moving request a rule broke, once the upstream has it (a
    /// held request may reach it after the run that sent it has ended).
    pub(crate) fn faulted_targets(&self) -> BTreeSet<String> {
        let (method, path) = self.entry.money;
        let faulted = |e: &Exchange| {
            e.faulted && e.method.eq_ignore_ascii_case(method) && e.path.starts_with(path)
        };
        assert!(
            self.proxy
                .wait_until(PATIENCE, |forwarded| forwarded.iter().any(faulted)),
            "{}: the broken money request never reached the upstream: {:?}",
            self.at(),
            self.proxy.received()
        );
        let money = self.money();
        let exchange = money.iter().find(|e| faulted(e)).expect("found above");
        (self.entry.targets)(exchange).into_iter().collect()
    }

    /// No target was paid twice: no two money-moving requests for it answered 2xx.
    pub(crate) fn paid_once(&self) {
        paid_once_at(self.entry, &self.proxy, &self.at());
    }

    /// Nothing sent for `held` among the money-moving requests after the first `since`.
    pub(crate) fn sent_nothing_for(&self, since: usize, held: &BTreeSet<String>, what: &str) {
        let sent: Vec<String> = self.money()[since..]
            .iter()
            .filter(|e| (self.entry.targets)(e).iter().any(|t| held.contains(t)))
            .map(Exchange::line)
            .collect();
        assert!(
            sent.is_empty(),
            "{}: {what} sent again for the held target(s) {held:?}: {sent:#?}",
            self.at()
        );
    }

    /// A report's rows for held targets say so.
    pub(crate) fn reports_held(&self, output: &Output, held: &BTreeSet<String>, what: &str) {
        for (target, result) in self.results(output) {
            if held.contains(&target) {
                assert!(
                    result == "held" || result == "unknown",
                    "{}: {what} reports the held target {target} as {result}: {}",
                    self.at(),
                    stdout_of(output)
                );
            }
        }
    }

    /// The token is in no output (checked on every run) …
    pub(crate) fn secret_free(&self, output: &Output) {
        let secret = self.secret();
        for (name, text) in [("stdout", stdout_of(output)), ("stderr", stderr_of(output))] {
            assert!(
                !text.contains(&secret),
                "{}: the token is in {name}: {text}",
                self.at()
            );
        }
    }

    /// … and in no file affpay wrote: journal, its WAL, locks, config, caches — in the
    /// case's home and in the one that prepared the simulator.
    pub(crate) fn no_secret_in_files(&self) {
        let secret = self.secret();
        let homes = [self.env.dir.path(), self.upstream.admin.dir.path()];
        for file in homes.into_iter().flat_map(files_under) {
            let bytes = std::fs::read(&file).unwrap_or_default();
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{}: the token is in {}",
                self.at(),
                file.display()
            );
        }
    }

    pub(crate) fn rule(&self, n: usize, fault: Fault) -> Rule {
        let (method, path) = self.entry.money;
        Rule::nth(method, path, n, fault)
    }

    pub(crate) fn wait_money_received(&self, n: usize) {
        let (method, path) = self.entry.money;
        assert!(
            self.proxy.wait_received(method, path, n, PATIENCE),
            "{}: money request #{n} never reached the proxy: {:?}",
            self.at(),
            self.proxy.received()
        );
    }
}

/// A run left running; killed if a failed assertion leaves it behind.
pub(crate) struct Started(Option<Child>);

impl Started {
    pub(crate) fn id(&self) -> u32 {
        self.0.as_ref().expect("a running child").id()
    }

    pub(crate) fn kill(&mut self) {
        let child = self.0.as_mut().expect("a running child");
        child.kill().expect("kill -9");
    }
}

impl Drop for Started {
    fn drop(&mut self) {
        if let Some(child) = self.0.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

pub(crate) fn money_of(entry: &Entry, proxy: &FaultProxy) -> Vec<Exchange> {
    let (method, path) = entry.money;
    proxy
        .forwarded()
        .into_iter()
        .filter(|e| e.method.eq_ignore_ascii_case(method) && e.path.starts_with(path))
        .collect()
}

pub(crate) fn paid_once_at(entry: &Entry, proxy: &FaultProxy, at: &str) {
    let mut paid: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for exchange in money_of(entry, proxy).iter().filter(|e| e.ok()) {
        for target in (entry.targets)(exchange) {
            paid.entry(target).or_default().push(exchange.line());
        }
    }
    let twice: BTreeMap<_, _> = paid.into_iter().filter(|(_, v)| v.len() > 1).collect();
    assert!(twice.is_empty(), "{at}: paid more than once: {twice:#?}");
}

pub(crate) fn plain(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

pub(crate) fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// A fault that forwards the request, then answers `status` with `headers` and `body`.
pub(crate) fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Fault {
    let headers = headers
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Fault::ForwardThenAnswer(status, headers, body.to_string())
}
