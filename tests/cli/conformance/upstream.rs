//! An entry's upstream: a simulator served for one case, with a home of its own to prepare it.

use super::*;

/// A simulator, with a home of its own for preparing it.
pub(crate) struct Upstream {
    pub(crate) served: Served,
    pub(crate) admin: Env,
    pub(crate) provider: &'static str,
}

impl Upstream {
    pub(crate) fn start(entry: &Entry) -> Upstream {
        let upstream = Upstream {
            served: serve(entry.sim),
            admin: Env::new(),
            provider: entry.provider,
        };
        configure(&upstream.admin, entry);
        upstream
    }

    pub(crate) fn url(&self) -> &str {
        &self.served.url
    }

    /// `affpay ARGS -o json` straight at the simulator; it must succeed.
    pub fn affpay(&self, args: &[String]) -> Vec<Value> {
        let output = pointed(&self.admin, self.provider, self.url())
            .args(args)
            .args(["-o", "json"])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "preparing the simulator: `{}` failed: {}",
            args.join(" "),
            stderr_of(&output)
        );
        rows(&output)
    }
}

/// `affpay` in `env` pointed at `url` for `provider`, with the sandbox token, and no terminal.
pub(crate) fn pointed(env: &Env, provider: &str, url: &str) -> Command {
    let mut cmd = env.provider_process(provider, url, token_for(provider).as_str());
    cmd.stdin(Stdio::null());
    cmd
}

/// Gives `env` the entry's settings: `affpay config set` once per entry, and a copy of the
/// file it wrote for every later home (hundreds of cases, one process each saved).
pub(crate) fn configure(env: &Env, entry: &Entry) {
    /// Per entry: the files `config set` wrote, by name.
    type Files = Vec<(String, Vec<u8>)>;
    static WRITTEN: Mutex<BTreeMap<&str, Files>> = Mutex::new(BTreeMap::new());
    if entry.config.is_empty() {
        return;
    }
    let mut written = WRITTEN.lock().unwrap();
    let files = written.entry(entry.name).or_insert_with(|| {
        let template = Env::new();
        for (key, value) in entry.config {
            let output = template.cmd().args(["config", "set", key, value]).output();
            assert!(output.unwrap().status.success(), "config set {key}");
        }
        std::fs::read_dir(template.config_dir())
            .unwrap()
            .map(|f| {
                let f = f.unwrap();
                let name = f.file_name().to_string_lossy().to_string();
                (name, std::fs::read(f.path()).unwrap())
            })
            .collect()
    });
    std::fs::create_dir_all(env.config_dir()).unwrap();
    for (name, contents) in files.iter() {
        std::fs::write(env.config_dir().join(name), contents).unwrap();
    }
}
