
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'affpay' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'affpay'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'affpay' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Every configured provider''s balances in one schema: what we owe and what we are owed')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Recent payouts of every configured provider in one schema: made and received')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The morning check: per provider and profile, whether the credential works and what the last runs left (unknown outcomes, rate-limit waits), with one exit code')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Store, inspect and remove provider credentials')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change settings in config.toml')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'What was paid, when and why: the journal of money-moving requests')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'What affpay can do with each provider, and how each configured profile reaches it')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Payout plans written by --plan-out: show them, approve them')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Carry out a plan file: checked (digest, expiry, scope, approvals, balances), then sent through the journal with the plan''s keys, so applying it twice pays nothing twice')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to stdout')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the version; with -v also the commit, target and enabled features (`--version` stays one short line)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run the local simulator of the provider APIs')
            [CompletionResult]::new('travelpayouts', 'travelpayouts', [CompletionResultType]::ParameterValue, 'Travelpayouts: balance, actions and payouts (finance v2 API)')
            [CompletionResult]::new('tp', 'tp', [CompletionResultType]::ParameterValue, 'Travelpayouts: balance, actions and payouts (finance v2 API)')
            [CompletionResult]::new('smartico', 'smartico', [CompletionResultType]::ParameterValue, 'Smartico TAP: affiliates'' balances, commissions, payments and adjustments (operator API)')
            [CompletionResult]::new('affonso', 'affonso', [CompletionResultType]::ParameterValue, 'Affonso: commissions, derived balances, payouts; settle, cancel, adjust')
            [CompletionResult]::new('billon', 'billon', [CompletionResultType]::ParameterValue, 'Billon payout panel: create payouts singly or from a CSV, cancel them')
            [CompletionResult]::new('trackdesk', 'trackdesk', [CompletionResultType]::ParameterValue, 'Trackdesk: open balances, settlements and their statuses, Tipalti payouts, conversions, what advertisers owe, billing details, payment methods')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;balance' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider (name or alias)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Every profile in config.toml and the credentials file, not only --profile')
            [CompletionResult]::new('--totals', '--totals', [CompletionResultType]::ParameterName, 'Print only the totals: one row per direction and currency')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;payouts' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider (name or alias)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Payouts created on or after this day (YYYY-MM-DD, UTC; default: 30 days ago)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Every profile in config.toml and the credentials file, not only --profile')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;status' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider (name or alias); listed even when nothing is configured for it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Every profile in config.toml, the credentials file and the journal, not only --profile')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Send nothing: report from the local records only, without checking the credentials')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Every field in the table too (machine formats always carry every field)')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;auth' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a provider''s secret: hidden prompt on a terminal, or stdin with --with-token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where each provider''s secret comes from, masked')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove a provider''s stored secret (keyring and file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;auth;login' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the secret from standard input instead of prompting')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Store the secret in credentials.toml (mode 0600) instead of the OS keyring')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;auth;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Also try each of the profile''s credentials with one cheap read call (a login for Billon): exit 3 if none is configured or one is missing, 4 if one is refused')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;auth;logout' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a provider''s secret: hidden prompt on a terminal, or stdin with --with-token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where each provider''s secret comes from, masked')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove a provider''s stored secret (keyring and file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;auth;help;login' {
            break
        }
        'affpay;auth;help;status' {
            break
        }
        'affpay;auth;help;logout' {
            break
        }
        'affpay;auth;help;help' {
            break
        }
        'affpay;config' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting of the profile: PROVIDER.KEY VALUE, or a global option''s default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a setting of the profile')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting of the profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting: its value, where it came from (flag, env, file or default), its environment variable and what it does')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of config.toml')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;config;set' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;config;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;config;unset' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;config;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;config;path' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;config;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting of the profile: PROVIDER.KEY VALUE, or a global option''s default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a setting of the profile')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting of the profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting: its value, where it came from (flag, env, file or default), its environment variable and what it does')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of config.toml')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;config;help;set' {
            break
        }
        'affpay;config;help;get' {
            break
        }
        'affpay;config;help;unset' {
            break
        }
        'affpay;config;help;list' {
            break
        }
        'affpay;config;help;path' {
            break
        }
        'affpay;config;help;help' {
            break
        }
        'affpay;journal' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List entries, oldest first: a compact table for people, every field in -o json/csv')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every entry with every field, oldest first: the audit trail (CSV unless -o says otherwise)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one entry, with the request that was sent (no secret in it)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Record the outcome of requests left `sending`, after checking with the provider')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy a SQLite journal into another journal (a PostgreSQL database): every row as it is, rows already there left alone, then every row checked; running it again copies nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;journal;list' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider''s entries')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only entries in this state: sending, succeeded, failed or reversed (undone by a later affpay cancel)')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Only this operation''s entries (settle, adjust, cancel, …)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries created on or after this date (YYYY-MM-DD, UTC)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only entries created on or before this date (YYYY-MM-DD, UTC)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many entries (the newest ones)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Every field in the table too (machine formats always carry every field)')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;journal;export' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider''s entries')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only entries in this state: sending, succeeded, failed or reversed (undone by a later affpay cancel)')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Only this operation''s entries (settle, adjust, cancel, …)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries created on or after this date (YYYY-MM-DD, UTC)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only entries created on or before this date (YYYY-MM-DD, UTC)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many entries (the newest ones)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Every field in the table too (machine formats always carry every field)')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;journal;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;journal;resolve' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'What the provider''s records show: succeeded (never sent again) or failed (a later run may send it again)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: what the provider''s records showed (kept with who resolved it and when)')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'The provider''s reference for what it did (a payment id), with one key')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'With --all-unknown: only this provider''s entries')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'With --all-unknown: only entries created on or after this date (YYYY-MM-DD, UTC)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'The account scope (base URL) of the entry, when the same key is unresolved in more than one (see `journal list --wide`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all-unknown', '--all-unknown', [CompletionResultType]::ParameterName, 'Every entry still `sending`, narrowed by --provider and --since')
            [CompletionResult]::new('--succeeded', '--succeeded', [CompletionResultType]::ParameterName, 'Short for --as succeeded')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Short for --as failed')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;journal;migrate' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The journal to copy into (default: the configured journal.url or AFFPAY_JOURNAL_URL)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The SQLite journal to copy (default: journal.sqlite3 in the data directory)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;journal;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List entries, oldest first: a compact table for people, every field in -o json/csv')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every entry with every field, oldest first: the audit trail (CSV unless -o says otherwise)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one entry, with the request that was sent (no secret in it)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Record the outcome of requests left `sending`, after checking with the provider')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy a SQLite journal into another journal (a PostgreSQL database): every row as it is, rows already there left alone, then every row checked; running it again copies nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;journal;help;list' {
            break
        }
        'affpay;journal;help;export' {
            break
        }
        'affpay;journal;help;show' {
            break
        }
        'affpay;journal;help;resolve' {
            break
        }
        'affpay;journal;help;migrate' {
            break
        }
        'affpay;journal;help;help' {
            break
        }
        'affpay;providers' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;plan' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A plan file''s items, totals per currency, skipped targets and approvals')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Sign a plan file''s digest with an SSH key (ssh-keygen -Y sign format, namespace affpay-plan) and append the approval to the file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;plan;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;plan;approve' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'An ed25519 OpenSSH private key; an encrypted one asks its passphrase on a terminal')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Who approves, as allowed_signers lists the key (default: user@host)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;plan;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A plan file''s items, totals per currency, skipped targets and approvals')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Sign a plan file''s digest with an SSH key (ssh-keygen -Y sign format, namespace affpay-plan) and append the approval to the file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;plan;help;show' {
            break
        }
        'affpay;plan;help;approve' {
            break
        }
        'affpay;plan;help;help' {
            break
        }
        'affpay;apply' {
            [CompletionResult]::new('--require-approvals', '--require-approvals', [CompletionResultType]::ParameterName, 'Approvals needed from distinct signers of --allowed-signers (the larger of this and the profile''s apply.require_approvals)')
            [CompletionResult]::new('--allowed-signers', '--allowed-signers', [CompletionResultType]::ParameterName, 'Who may approve: an allowed_signers file as git and ssh-keygen use (default: the profile''s apply.allowed_signers)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X (a cap of the unattended run''s own, whatever the file was approved for)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--skip-changed', '--skip-changed', [CompletionResultType]::ParameterName, 'Leave out, and report, items whose target''s balance has fallen below the planned amount since the plan (default: refuse the whole plan)')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;completions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;version' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;sandbox' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Start the `--sandbox` account over: forget the simulator''s recorded state and the sandbox journal (real data and the real journal are never touched)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the simulator on 127.0.0.1 until stopped, and print how to point affpay at it. It starts from its seeded data and keeps its state in memory only, unlike `--sandbox`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;sandbox;reset' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;sandbox;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the generated data: the same seed gives the same data')
            [CompletionResult]::new('--url-file', '--url-file', [CompletionResultType]::ParameterName, 'Write the base URL to this file once listening (for scripts)')
            [CompletionResult]::new('--travelpayouts-actions', '--travelpayouts-actions', [CompletionResultType]::ParameterName, 'Number of simulated Travelpayouts actions')
            [CompletionResult]::new('--travelpayouts-rate-limit', '--travelpayouts-rate-limit', [CompletionResultType]::ParameterName, 'Answer 429 (no Retry-After) to Travelpayouts requests beyond N a minute, until the minute ends (0: no limit)')
            [CompletionResult]::new('--travelpayouts-rate-window', '--travelpayouts-rate-window', [CompletionResultType]::ParameterName, 'Length of the rate limit''s minute window, shorter for tests')
            [CompletionResult]::new('--travelpayouts-delay-ms', '--travelpayouts-delay-ms', [CompletionResultType]::ParameterName, 'Delay every Travelpayouts answer by this many milliseconds')
            [CompletionResult]::new('--smartico-affiliates', '--smartico-affiliates', [CompletionResultType]::ParameterName, 'Number of simulated Smartico affiliates')
            [CompletionResult]::new('--smartico-reject-every', '--smartico-reject-every', [CompletionResultType]::ParameterName, 'Reject every Nth Smartico payment (0: never)')
            [CompletionResult]::new('--smartico-drop-every', '--smartico-drop-every', [CompletionResultType]::ParameterName, 'Record every Nth Smartico payment but break the connection instead of answering (0: never)')
            [CompletionResult]::new('--smartico-delay-ms', '--smartico-delay-ms', [CompletionResultType]::ParameterName, 'Delay every Smartico answer by this many milliseconds')
            [CompletionResult]::new('--affonso-commissions', '--affonso-commissions', [CompletionResultType]::ParameterName, 'Number of simulated Affonso commissions')
            [CompletionResult]::new('--affonso-rate-limit', '--affonso-rate-limit', [CompletionResultType]::ParameterName, 'Answer 429 once more than N Affonso requests arrive in one second (0: never)')
            [CompletionResult]::new('--billon-funds', '--billon-funds', [CompletionResultType]::ParameterName, 'Funds on the simulated Billon panel account')
            [CompletionResult]::new('--billon-token-ttl-secs', '--billon-token-ttl-secs', [CompletionResultType]::ParameterName, 'Lifetime of simulated Billon tokens')
            [CompletionResult]::new('--trackdesk-accounts', '--trackdesk-accounts', [CompletionResultType]::ParameterName, 'Number of simulated Trackdesk affiliate accounts')
            [CompletionResult]::new('--trackdesk-rate-limit', '--trackdesk-rate-limit', [CompletionResultType]::ParameterName, 'Answer 429 to Trackdesk requests beyond N a second (0: no limit)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;sandbox;help' {
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Start the `--sandbox` account over: forget the simulator''s recorded state and the sandbox journal (real data and the real journal are never touched)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the simulator on 127.0.0.1 until stopped, and print how to point affpay at it. It starts from its seeded data and keeps its state in memory only, unlike `--sandbox`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;sandbox;help;reset' {
            break
        }
        'affpay;sandbox;help;serve' {
            break
        }
        'affpay;sandbox;help;help' {
            break
        }
        'affpay;travelpayouts' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Balance and next payout, one row per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Actions (commissions) affecting the balance; `actions show ID` for one action')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Payouts already made; `payouts next` and `payouts actions UUID` for more')
            [CompletionResult]::new('payments', 'payments', [CompletionResultType]::ParameterValue, 'Payouts already made; `payouts next` and `payouts actions UUID` for more')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;tp' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Balance and next payout, one row per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Actions (commissions) affecting the balance; `actions show ID` for one action')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Payouts already made; `payouts next` and `payouts actions UUID` for more')
            [CompletionResult]::new('payments', 'payments', [CompletionResultType]::ParameterValue, 'Payouts already made; `payouts next` and `payouts actions UUID` for more')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;travelpayouts;balance' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;tp;balance' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;travelpayouts;actions' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency of the amounts (default: travelpayouts.currency, else usd)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only actions in this state')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Only actions of this affiliate program (campaign id)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action id, like 100:012345678')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Actions created on or after this date (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Actions created on or before this date (YYYY-MM-DD)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One action with its history and metadata')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;travelpayouts;actions;show' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency of the amounts')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;travelpayouts;actions;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One action with its history and metadata')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;travelpayouts;actions;help;show' {
            break
        }
        'affpay;travelpayouts;actions;help;help' {
            break
        }
        'affpay;tp;actions' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency of the amounts (default: travelpayouts.currency, else usd)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only actions in this state')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Only actions of this affiliate program (campaign id)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action id, like 100:012345678')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Actions created on or after this date (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Actions created on or before this date (YYYY-MM-DD)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One action with its history and metadata')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;tp;actions;show' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency of the amounts')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;tp;actions;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One action with its history and metadata')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;tp;actions;help;show' {
            break
        }
        'affpay;tp;actions;help;help' {
            break
        }
        'affpay;travelpayouts;payouts' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The amount of the next payout, per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'The actions a payout paid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;travelpayouts;payments' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The amount of the next payout, per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'The actions a payout paid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;travelpayouts;payouts;next' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;travelpayouts;payments;next' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;travelpayouts;payouts;actions' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;travelpayouts;payments;actions' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;travelpayouts;payouts;help' {
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The amount of the next payout, per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'The actions a payout paid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;travelpayouts;payouts;help;next' {
            break
        }
        'affpay;travelpayouts;payouts;help;actions' {
            break
        }
        'affpay;travelpayouts;payouts;help;help' {
            break
        }
        'affpay;travelpayouts;payments;help' {
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The amount of the next payout, per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'The actions a payout paid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;travelpayouts;payments;help;next' {
            break
        }
        'affpay;travelpayouts;payments;help;actions' {
            break
        }
        'affpay;travelpayouts;payments;help;help' {
            break
        }
        'affpay;tp;payouts' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The amount of the next payout, per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'The actions a payout paid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;tp;payments' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The amount of the next payout, per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'The actions a payout paid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;tp;payouts;next' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;tp;payments;next' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;tp;payouts;actions' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;tp;payments;actions' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;tp;payouts;help' {
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The amount of the next payout, per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'The actions a payout paid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;tp;payouts;help;next' {
            break
        }
        'affpay;tp;payouts;help;actions' {
            break
        }
        'affpay;tp;payouts;help;help' {
            break
        }
        'affpay;tp;payments;help' {
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The amount of the next payout, per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'The actions a payout paid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;tp;payments;help;next' {
            break
        }
        'affpay;tp;payments;help;actions' {
            break
        }
        'affpay;tp;payments;help;help' {
            break
        }
        'affpay;travelpayouts;help' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Balance and next payout, one row per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Actions (commissions) affecting the balance; `actions show ID` for one action')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Payouts already made; `payouts next` and `payouts actions UUID` for more')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;travelpayouts;help;balance' {
            break
        }
        'affpay;travelpayouts;help;actions' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One action with its history and metadata')
            break
        }
        'affpay;travelpayouts;help;actions;show' {
            break
        }
        'affpay;travelpayouts;help;payouts' {
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The amount of the next payout, per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'The actions a payout paid')
            break
        }
        'affpay;travelpayouts;help;payouts;next' {
            break
        }
        'affpay;travelpayouts;help;payouts;actions' {
            break
        }
        'affpay;travelpayouts;help;help' {
            break
        }
        'affpay;tp;help' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Balance and next payout, one row per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Actions (commissions) affecting the balance; `actions show ID` for one action')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Payouts already made; `payouts next` and `payouts actions UUID` for more')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;tp;help;balance' {
            break
        }
        'affpay;tp;help;actions' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One action with its history and metadata')
            break
        }
        'affpay;tp;help;actions;show' {
            break
        }
        'affpay;tp;help;payouts' {
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The amount of the next payout, per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'The actions a payout paid')
            break
        }
        'affpay;tp;help;payouts;next' {
            break
        }
        'affpay;tp;help;payouts;actions' {
            break
        }
        'affpay;tp;help;help' {
            break
        }
        'affpay;smartico' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Affiliates'' unpaid balances, thresholds and lifetime totals')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Commissions and balance changes per affiliate, by day, month, year or lifetime')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Record payments: one affiliate, every affiliate above threshold, or a CSV')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Adjust an affiliate''s balance (positive or negative)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;smartico;balance' {
            [CompletionResult]::new('--due-until', '--due-until', [CompletionResultType]::ParameterName, 'Only balances due up to this date or datetime (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--affiliate', '--affiliate', [CompletionResultType]::ParameterName, 'Only this affiliate')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--above-threshold', '--above-threshold', [CompletionResultType]::ParameterName, 'Only affiliates whose balance is above their payment threshold')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;smartico;actions' {
            [CompletionResult]::new('--aggregation-period', '--aggregation-period', [CompletionResultType]::ParameterName, 'Rows per affiliate and day, month or year, or one per affiliate (lifetime)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Rows per affiliate and day, month or year, or one per affiliate (lifetime)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, inclusive (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day, inclusive (YYYY-MM-DD); sent as date_to, the next day, which TAP excludes')
            [CompletionResult]::new('--affiliate', '--affiliate', [CompletionResultType]::ParameterName, 'Only this affiliate')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;smartico;settle' {
            [CompletionResult]::new('--affiliate', '--affiliate', [CompletionResultType]::ParameterName, 'Pay this affiliate (with --amount)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount in the operator currency, at most 2 decimals')
            [CompletionResult]::new('--period-from', '--period-from', [CompletionResultType]::ParameterName, 'Start of the period paid for (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--period-to', '--period-to', [CompletionResultType]::ParameterName, 'End of the period paid for; a date means the end of that day (UTC)')
            [CompletionResult]::new('--due-until', '--due-until', [CompletionResultType]::ParameterName, 'With --above-threshold: only balances due up to this date or datetime')
            [CompletionResult]::new('--min-amount', '--min-amount', [CompletionResultType]::ParameterName, 'With --above-threshold: skip balances below this amount')
            [CompletionResult]::new('--from-csv', '--from-csv', [CompletionResultType]::ParameterName, 'Pay the rows of this CSV (affiliate_id,amount[,comment,details]); - for stdin')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Internal comment, not shown to the affiliate')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Payment details shown to the affiliate')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--above-threshold', '--above-threshold', [CompletionResultType]::ParameterName, 'Pay every affiliate above threshold its balance, rounded down to cents')
            [CompletionResult]::new('--notify', '--notify', [CompletionResultType]::ParameterName, 'Email the affiliate that the payment was made')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;smartico;adjust' {
            [CompletionResult]::new('--affiliate', '--affiliate', [CompletionResultType]::ParameterName, 'The affiliate whose balance changes')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount in the operator currency: positive or negative, not zero, at most 2 decimals')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Adjustment type id (the vendor says to always use 5)')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;smartico;help' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Affiliates'' unpaid balances, thresholds and lifetime totals')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Commissions and balance changes per affiliate, by day, month, year or lifetime')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Record payments: one affiliate, every affiliate above threshold, or a CSV')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Adjust an affiliate''s balance (positive or negative)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;smartico;help;balance' {
            break
        }
        'affpay;smartico;help;actions' {
            break
        }
        'affpay;smartico;help;settle' {
            break
        }
        'affpay;smartico;help;adjust' {
            break
        }
        'affpay;smartico;help;help' {
            break
        }
        'affpay;affonso' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Commissions; `actions show ID` for one')
            [CompletionResult]::new('commissions', 'commissions', [CompletionResultType]::ParameterValue, 'Commissions; `actions show ID` for one')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Balances per affiliate and currency, computed from all commissions')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Payouts; `payouts show ID` for one with its transactions')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Mark payouts completed (or processing) after paying them')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel payouts')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Change a commission''s amount, status or hold period')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;affonso;actions' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only commissions with this status (pending, ready_for_payment, paid, …)')
            [CompletionResult]::new('--sales-status', '--sales-status', [CompletionResultType]::ParameterName, 'Only commissions whose sale has this status (open, complete, refunded, …)')
            [CompletionResult]::new('--affiliate', '--affiliate', [CompletionResultType]::ParameterName, 'Only this affiliate''s commissions')
            [CompletionResult]::new('--referral', '--referral', [CompletionResultType]::ParameterName, 'Only this referral''s commissions')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created on or after this date (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Created on or before this date (YYYY-MM-DD)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One commission')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;affonso;commissions' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only commissions with this status (pending, ready_for_payment, paid, …)')
            [CompletionResult]::new('--sales-status', '--sales-status', [CompletionResultType]::ParameterName, 'Only commissions whose sale has this status (open, complete, refunded, …)')
            [CompletionResult]::new('--affiliate', '--affiliate', [CompletionResultType]::ParameterName, 'Only this affiliate''s commissions')
            [CompletionResult]::new('--referral', '--referral', [CompletionResultType]::ParameterName, 'Only this referral''s commissions')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created on or after this date (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Created on or before this date (YYYY-MM-DD)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One commission')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;affonso;actions;show' {
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Related data to include: affiliate, referral, affiliate_program (comma-separated)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;affonso;commissions;show' {
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Related data to include: affiliate, referral, affiliate_program (comma-separated)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;affonso;actions;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One commission')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;affonso;actions;help;show' {
            break
        }
        'affpay;affonso;actions;help;help' {
            break
        }
        'affpay;affonso;commissions;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One commission')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;affonso;commissions;help;show' {
            break
        }
        'affpay;affonso;commissions;help;help' {
            break
        }
        'affpay;affonso;balance' {
            [CompletionResult]::new('--affiliate', '--affiliate', [CompletionResultType]::ParameterName, 'Only this affiliate')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only commissions created on or after this date (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only commissions created on or before this date (YYYY-MM-DD)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;affonso;payouts' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only payouts with this status (pending, processing, completed, failed, cancelled)')
            [CompletionResult]::new('--affiliate', '--affiliate', [CompletionResultType]::ParameterName, 'Only this affiliate''s payouts')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created on or after this date (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Created on or before this date (YYYY-MM-DD)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One payout with its transactions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;affonso;payouts;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;affonso;payouts;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One payout with its transactions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;affonso;payouts;help;show' {
            break
        }
        'affpay;affonso;payouts;help;help' {
            break
        }
        'affpay;affonso;settle' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'How they were paid (at most 50 characters)')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'The payment''s reference (at most 255 characters)')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--processing', '--processing', [CompletionResultType]::ParameterName, 'Mark them processing instead of completed')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;affonso;cancel' {
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;affonso;adjust' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'New commission amount (zero or more, at most 2 decimals)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'New status')
            [CompletionResult]::new('--hold-days', '--hold-days', [CompletionResultType]::ParameterName, 'New hold period in days')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;affonso;help' {
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Commissions; `actions show ID` for one')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Balances per affiliate and currency, computed from all commissions')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Payouts; `payouts show ID` for one with its transactions')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Mark payouts completed (or processing) after paying them')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel payouts')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Change a commission''s amount, status or hold period')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;affonso;help;actions' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One commission')
            break
        }
        'affpay;affonso;help;actions;show' {
            break
        }
        'affpay;affonso;help;balance' {
            break
        }
        'affpay;affonso;help;payouts' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One payout with its transactions')
            break
        }
        'affpay;affonso;help;payouts;show' {
            break
        }
        'affpay;affonso;help;settle' {
            break
        }
        'affpay;affonso;help;cancel' {
            break
        }
        'affpay;affonso;help;adjust' {
            break
        }
        'affpay;affonso;help;help' {
            break
        }
        'affpay;billon' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Create payouts: one from the options, or one per row of a CSV')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel payouts (irreversible; releases the funds they block)')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'The payouts affpay created (local records: the panel has no list endpoint)')
            [CompletionResult]::new('payments', 'payments', [CompletionResultType]::ParameterValue, 'The payouts affpay created (local records: the panel has no list endpoint)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;billon;settle' {
            [CompletionResult]::new('--from-csv', '--from-csv', [CompletionResultType]::ParameterName, 'Pay the rows of this CSV; - for stdin')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount to pay out, at most 2 decimals')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency code, like PLN or GBP')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project name (created by the panel if it does not exist)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Payout description')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Recipient user name')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Recipient phone number')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'Recipient reference id')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'Recipient first name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Recipient last name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Recipient email')
            [CompletionResult]::new('--valid-from', '--valid-from', [CompletionResultType]::ParameterName, 'Start of validity (YYYY-MM-DD or RFC 3339; default now)')
            [CompletionResult]::new('--valid-until', '--valid-until', [CompletionResultType]::ParameterName, 'End of validity (YYYY-MM-DD meaning the end of that day, or RFC 3339; default 30 days after the start)')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--notify', '--notify', [CompletionResultType]::ParameterName, 'Notify the recipient')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;billon;cancel' {
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;billon;payouts' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;billon;payments' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;billon;help' {
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Create payouts: one from the options, or one per row of a CSV')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel payouts (irreversible; releases the funds they block)')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'The payouts affpay created (local records: the panel has no list endpoint)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;billon;help;settle' {
            break
        }
        'affpay;billon;help;cancel' {
            break
        }
        'affpay;billon;help;payouts' {
            break
        }
        'affpay;billon;help;help' {
            break
        }
        'affpay;trackdesk' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Open balances per affiliate account; `balance show ACCOUNT_ID` for one account')
            [CompletionResult]::new('open-balances', 'open-balances', [CompletionResultType]::ParameterValue, 'Open balances per affiliate account; `balance show ACCOUNT_ID` for one account')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle open balances: one settlement with an account settlement per affiliate')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`')
            [CompletionResult]::new('settlements', 'settlements', [CompletionResultType]::ParameterValue, 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`')
            [CompletionResult]::new('account-settlements', 'account-settlements', [CompletionResultType]::ParameterValue, 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Delete account settlements, or a whole settlement with --settlement; their amounts become open balances again')
            [CompletionResult]::new('billing-details', 'billing-details', [CompletionResultType]::ParameterValue, 'Set an affiliate''s billing details (settlement skips accounts without them)')
            [CompletionResult]::new('payment-methods', 'payment-methods', [CompletionResultType]::ParameterValue, 'Add or update an affiliate''s payment methods; list the supported types')
            [CompletionResult]::new('tipalti', 'tipalti', [CompletionResultType]::ParameterValue, 'Pay a settlement''s Tipalti rows: `tipalti payable|pay|status SETTLEMENT_ID`')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Conversions (what affiliates earn and advertisers pay), from the conversion report. Reads only')
            [CompletionResult]::new('conversions', 'conversions', [CompletionResultType]::ParameterValue, 'Conversions (what affiliates earn and advertisers pay), from the conversion report. Reads only')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Set the status of conversions, one request each (approve, reject, refund, …)')
            [CompletionResult]::new('receivables', 'receivables', [CompletionResultType]::ParameterValue, 'Advertisers'' open balances: what they owe the program. Reads only')
            [CompletionResult]::new('claims', 'claims', [CompletionResultType]::ParameterValue, 'Advertiser settlements (claims); `claims show ID`, `claims delete ID…`')
            [CompletionResult]::new('advertiser-settlements', 'advertiser-settlements', [CompletionResultType]::ParameterValue, 'Advertiser settlements (claims); `claims show ID`, `claims delete ID…`')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Create advertiser settlements (claims) from advertisers'' open balances, one each')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;balance' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only what was earned up to this moment (YYYY-MM-DD is the end of that day, UTC; or an RFC 3339 datetime)')
            [CompletionResult]::new('--min-amount', '--min-amount', [CompletionResultType]::ParameterName, 'Only accounts whose open balance is at least X')
            [CompletionResult]::new('--payment-method', '--payment-method', [CompletionResultType]::ParameterName, 'Only accounts whose default payment method has this type (repeatable): paypal, sepa, bank-transfer, wise, … (see `payment-methods types`)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One account''s balances: open, on hold, settled, and their parts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;open-balances' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only what was earned up to this moment (YYYY-MM-DD is the end of that day, UTC; or an RFC 3339 datetime)')
            [CompletionResult]::new('--min-amount', '--min-amount', [CompletionResultType]::ParameterName, 'Only accounts whose open balance is at least X')
            [CompletionResult]::new('--payment-method', '--payment-method', [CompletionResultType]::ParameterName, 'Only accounts whose default payment method has this type (repeatable): paypal, sepa, bank-transfer, wise, … (see `payment-methods types`)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One account''s balances: open, on hold, settled, and their parts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;balance;show' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Balances up to this moment (default: now)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;open-balances;show' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Balances up to this moment (default: now)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;balance;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One account''s balances: open, on hold, settled, and their parts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;balance;help;show' {
            break
        }
        'affpay;trackdesk;balance;help;help' {
            break
        }
        'affpay;trackdesk;open-balances;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One account''s balances: open, on hold, settled, and their parts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;open-balances;help;show' {
            break
        }
        'affpay;trackdesk;open-balances;help;help' {
            break
        }
        'affpay;trackdesk;settle' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Settle only these accounts (repeatable; default: every account the filter selects)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only what was earned up to this moment (YYYY-MM-DD is the end of that day, UTC; or an RFC 3339 datetime)')
            [CompletionResult]::new('--min-amount', '--min-amount', [CompletionResultType]::ParameterName, 'Only accounts whose open balance is at least X')
            [CompletionResult]::new('--payment-method', '--payment-method', [CompletionResultType]::ParameterName, 'Only accounts whose default payment method has this type (repeatable): paypal, sepa, bank-transfer, wise, … (see `payment-methods types`)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note stored with the settlement')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;payouts' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this affiliate account''s settlements')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('settlements', 'settlements', [CompletionResultType]::ParameterValue, 'Settlements, with how many of their account settlements are in each status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One settlement with its account settlements')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Set the status of account settlements, one request each (`error` is Trackdesk''s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;settlements' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this affiliate account''s settlements')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('settlements', 'settlements', [CompletionResultType]::ParameterValue, 'Settlements, with how many of their account settlements are in each status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One settlement with its account settlements')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Set the status of account settlements, one request each (`error` is Trackdesk''s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;account-settlements' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this affiliate account''s settlements')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('settlements', 'settlements', [CompletionResultType]::ParameterValue, 'Settlements, with how many of their account settlements are in each status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One settlement with its account settlements')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Set the status of account settlements, one request each (`error` is Trackdesk''s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;payouts;settlements' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;settlements;settlements' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;account-settlements;settlements' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;payouts;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;settlements;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;account-settlements;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;payouts;mark' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The new status: new, in-progress or paid')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;settlements;mark' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The new status: new, in-progress or paid')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;account-settlements;mark' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The new status: new, in-progress or paid')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;payouts;help' {
            [CompletionResult]::new('settlements', 'settlements', [CompletionResultType]::ParameterValue, 'Settlements, with how many of their account settlements are in each status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One settlement with its account settlements')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Set the status of account settlements, one request each (`error` is Trackdesk''s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;payouts;help;settlements' {
            break
        }
        'affpay;trackdesk;payouts;help;show' {
            break
        }
        'affpay;trackdesk;payouts;help;mark' {
            break
        }
        'affpay;trackdesk;payouts;help;help' {
            break
        }
        'affpay;trackdesk;settlements;help' {
            [CompletionResult]::new('settlements', 'settlements', [CompletionResultType]::ParameterValue, 'Settlements, with how many of their account settlements are in each status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One settlement with its account settlements')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Set the status of account settlements, one request each (`error` is Trackdesk''s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;settlements;help;settlements' {
            break
        }
        'affpay;trackdesk;settlements;help;show' {
            break
        }
        'affpay;trackdesk;settlements;help;mark' {
            break
        }
        'affpay;trackdesk;settlements;help;help' {
            break
        }
        'affpay;trackdesk;account-settlements;help' {
            [CompletionResult]::new('settlements', 'settlements', [CompletionResultType]::ParameterValue, 'Settlements, with how many of their account settlements are in each status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One settlement with its account settlements')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Set the status of account settlements, one request each (`error` is Trackdesk''s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;account-settlements;help;settlements' {
            break
        }
        'affpay;trackdesk;account-settlements;help;show' {
            break
        }
        'affpay;trackdesk;account-settlements;help;mark' {
            break
        }
        'affpay;trackdesk;account-settlements;help;help' {
            break
        }
        'affpay;trackdesk;cancel' {
            [CompletionResult]::new('--settlement', '--settlement', [CompletionResultType]::ParameterName, 'Delete this whole settlement with all its account settlements')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--allow-paid', '--allow-paid', [CompletionResultType]::ParameterName, 'Allow deleting a settlement some of whose account settlements are paid or in progress (their amounts become open again, and a later settle would pay them twice)')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;billing-details' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace an affiliate account''s billing details')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;billing-details;set' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The affiliate account')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Company or person name')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country, ISO 3166 alpha-2 (CZ, US, …)')
            [CompletionResult]::new('--address-line1', '--address-line1', [CompletionResultType]::ParameterName, 'address-line1')
            [CompletionResult]::new('--address-line2', '--address-line2', [CompletionResultType]::ParameterName, 'address-line2')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'city')
            [CompletionResult]::new('--postal-code', '--postal-code', [CompletionResultType]::ParameterName, 'postal-code')
            [CompletionResult]::new('--subdivision', '--subdivision', [CompletionResultType]::ParameterName, 'Subdivision, ISO 3166-2 (the part after the country: CA for US-CA)')
            [CompletionResult]::new('--vat', '--vat', [CompletionResultType]::ParameterName, 'Tax or VAT id')
            [CompletionResult]::new('--invoicing-email', '--invoicing-email', [CompletionResultType]::ParameterName, 'invoicing-email')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;billing-details;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace an affiliate account''s billing details')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;billing-details;help;set' {
            break
        }
        'affpay;trackdesk;billing-details;help;help' {
            break
        }
        'affpay;trackdesk;payment-methods' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a payment method to an affiliate account')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a payment method''s details or currency')
            [CompletionResult]::new('types', 'types', [CompletionResultType]::ParameterValue, 'The payment method types the program supports, their currencies and fields')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;payment-methods;add' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The affiliate account')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'paypal, sepa, bank-transfer, wise, payoneer, … (see `payment-methods types`)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency paid out with this method (ISO 4217)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--iban', '--iban', [CompletionResultType]::ParameterName, 'iban')
            [CompletionResult]::new('--bic', '--bic', [CompletionResultType]::ParameterName, 'bic')
            [CompletionResult]::new('--beneficiary-name', '--beneficiary-name', [CompletionResultType]::ParameterName, 'beneficiary-name')
            [CompletionResult]::new('--bank-account-number', '--bank-account-number', [CompletionResultType]::ParameterName, 'bank-account-number')
            [CompletionResult]::new('--bank-name', '--bank-name', [CompletionResultType]::ParameterName, 'bank-name')
            [CompletionResult]::new('--bank-address', '--bank-address', [CompletionResultType]::ParameterName, 'bank-address')
            [CompletionResult]::new('--swift', '--swift', [CompletionResultType]::ParameterName, 'swift')
            [CompletionResult]::new('--aba', '--aba', [CompletionResultType]::ParameterName, 'aba')
            [CompletionResult]::new('--account-number', '--account-number', [CompletionResultType]::ParameterName, 'account-number')
            [CompletionResult]::new('--account-holder', '--account-holder', [CompletionResultType]::ParameterName, 'account-holder')
            [CompletionResult]::new('--routing-number', '--routing-number', [CompletionResultType]::ParameterName, 'routing-number')
            [CompletionResult]::new('--revolut-tag', '--revolut-tag', [CompletionResultType]::ParameterName, 'revolut-tag')
            [CompletionResult]::new('--phone-number', '--phone-number', [CompletionResultType]::ParameterName, 'phone-number')
            [CompletionResult]::new('--wallet-address', '--wallet-address', [CompletionResultType]::ParameterName, 'wallet-address')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'first-name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'last-name')
            [CompletionResult]::new('--identification', '--identification', [CompletionResultType]::ParameterName, 'A gift card, credit store or custom method''s identification')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A custom method''s name')
            [CompletionResult]::new('--payee-id', '--payee-id', [CompletionResultType]::ParameterName, 'payee-id')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'An internal note')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;payment-methods;update' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The method''s type (its details are replaced with the fields given)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'A new currency (ISO 4217)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--iban', '--iban', [CompletionResultType]::ParameterName, 'iban')
            [CompletionResult]::new('--bic', '--bic', [CompletionResultType]::ParameterName, 'bic')
            [CompletionResult]::new('--beneficiary-name', '--beneficiary-name', [CompletionResultType]::ParameterName, 'beneficiary-name')
            [CompletionResult]::new('--bank-account-number', '--bank-account-number', [CompletionResultType]::ParameterName, 'bank-account-number')
            [CompletionResult]::new('--bank-name', '--bank-name', [CompletionResultType]::ParameterName, 'bank-name')
            [CompletionResult]::new('--bank-address', '--bank-address', [CompletionResultType]::ParameterName, 'bank-address')
            [CompletionResult]::new('--swift', '--swift', [CompletionResultType]::ParameterName, 'swift')
            [CompletionResult]::new('--aba', '--aba', [CompletionResultType]::ParameterName, 'aba')
            [CompletionResult]::new('--account-number', '--account-number', [CompletionResultType]::ParameterName, 'account-number')
            [CompletionResult]::new('--account-holder', '--account-holder', [CompletionResultType]::ParameterName, 'account-holder')
            [CompletionResult]::new('--routing-number', '--routing-number', [CompletionResultType]::ParameterName, 'routing-number')
            [CompletionResult]::new('--revolut-tag', '--revolut-tag', [CompletionResultType]::ParameterName, 'revolut-tag')
            [CompletionResult]::new('--phone-number', '--phone-number', [CompletionResultType]::ParameterName, 'phone-number')
            [CompletionResult]::new('--wallet-address', '--wallet-address', [CompletionResultType]::ParameterName, 'wallet-address')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'first-name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'last-name')
            [CompletionResult]::new('--identification', '--identification', [CompletionResultType]::ParameterName, 'A gift card, credit store or custom method''s identification')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A custom method''s name')
            [CompletionResult]::new('--payee-id', '--payee-id', [CompletionResultType]::ParameterName, 'payee-id')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'An internal note')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;payment-methods;types' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;payment-methods;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a payment method to an affiliate account')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a payment method''s details or currency')
            [CompletionResult]::new('types', 'types', [CompletionResultType]::ParameterValue, 'The payment method types the program supports, their currencies and fields')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;payment-methods;help;add' {
            break
        }
        'affpay;trackdesk;payment-methods;help;update' {
            break
        }
        'affpay;trackdesk;payment-methods;help;types' {
            break
        }
        'affpay;trackdesk;payment-methods;help;help' {
            break
        }
        'affpay;trackdesk;tipalti' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('payable', 'payable', [CompletionResultType]::ParameterValue, 'The settlement''s account settlements that Tipalti can pay, and those still unpaid. Reads only')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Send the settlement''s payable rows to Tipalti as one payment batch')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Refresh a payment batch''s status from Tipalti and show the settlement''s batches')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;tipalti;payable' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;tipalti;pay' {
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;tipalti;status' {
            [CompletionResult]::new('--payment-batch', '--payment-batch', [CompletionResultType]::ParameterName, 'The payment batch (the `reference` of `tipalti pay`); default: the latest')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;tipalti;help' {
            [CompletionResult]::new('payable', 'payable', [CompletionResultType]::ParameterValue, 'The settlement''s account settlements that Tipalti can pay, and those still unpaid. Reads only')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Send the settlement''s payable rows to Tipalti as one payment batch')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Refresh a payment batch''s status from Tipalti and show the settlement''s batches')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;tipalti;help;payable' {
            break
        }
        'affpay;trackdesk;tipalti;help;pay' {
            break
        }
        'affpay;trackdesk;tipalti;help;status' {
            break
        }
        'affpay;trackdesk;tipalti;help;help' {
            break
        }
        'affpay;trackdesk;actions' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only conversions in this status (repeatable): approved, pending, on-hold, rejected, …')
            [CompletionResult]::new('--affiliate', '--affiliate', [CompletionResultType]::ParameterName, 'Only this affiliate''s conversions (repeatable; the affiliate account id)')
            [CompletionResult]::new('--conversion', '--conversion', [CompletionResultType]::ParameterName, 'Only these conversions (repeatable)')
            [CompletionResult]::new('--offer', '--offer', [CompletionResultType]::ParameterName, 'Only this offer''s conversions (repeatable)')
            [CompletionResult]::new('--advertiser', '--advertiser', [CompletionResultType]::ParameterName, 'Only this advertiser''s conversions (repeatable)')
            [CompletionResult]::new('--settlement', '--settlement', [CompletionResultType]::ParameterName, 'Only the conversions of this settlement (repeatable)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only conversions in this currency (repeatable, ISO 4217)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;conversions' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only conversions in this status (repeatable): approved, pending, on-hold, rejected, …')
            [CompletionResult]::new('--affiliate', '--affiliate', [CompletionResultType]::ParameterName, 'Only this affiliate''s conversions (repeatable; the affiliate account id)')
            [CompletionResult]::new('--conversion', '--conversion', [CompletionResultType]::ParameterName, 'Only these conversions (repeatable)')
            [CompletionResult]::new('--offer', '--offer', [CompletionResultType]::ParameterName, 'Only this offer''s conversions (repeatable)')
            [CompletionResult]::new('--advertiser', '--advertiser', [CompletionResultType]::ParameterName, 'Only this advertiser''s conversions (repeatable)')
            [CompletionResult]::new('--settlement', '--settlement', [CompletionResultType]::ParameterName, 'Only the conversions of this settlement (repeatable)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only conversions in this currency (repeatable, ISO 4217)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;adjust' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The new status: approved, pending, on-hold, rejected, refunded, fraud, …')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;receivables' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Balances up to this moment (YYYY-MM-DD is the end of that day, UTC; default: now — Trackdesk requires one, so it is always sent)')
            [CompletionResult]::new('--min-amount', '--min-amount', [CompletionResultType]::ParameterName, 'Only advertisers whose open balance is at least X')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only advertisers with this tag (repeatable; any of them)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;claims' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One advertiser settlement, with the billing details it was issued to')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete advertiser settlements: their amounts become open balances again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;advertiser-settlements' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Fetch N rows, across as many pages as needed (default: the first page)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every row')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One advertiser settlement, with the billing details it was issued to')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete advertiser settlements: their amounts become open balances again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;claims;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;advertiser-settlements;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;claims;delete' {
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;advertiser-settlements;delete' {
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;claims;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One advertiser settlement, with the billing details it was issued to')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete advertiser settlements: their amounts become open balances again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;claims;help;show' {
            break
        }
        'affpay;trackdesk;claims;help;delete' {
            break
        }
        'affpay;trackdesk;claims;help;help' {
            break
        }
        'affpay;trackdesk;advertiser-settlements;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One advertiser settlement, with the billing details it was issued to')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete advertiser settlements: their amounts become open balances again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;advertiser-settlements;help;show' {
            break
        }
        'affpay;trackdesk;advertiser-settlements;help;delete' {
            break
        }
        'affpay;trackdesk;advertiser-settlements;help;help' {
            break
        }
        'affpay;trackdesk;claim' {
            [CompletionResult]::new('--advertiser', '--advertiser', [CompletionResultType]::ParameterName, 'Claim only from these advertisers (repeatable; default: every advertiser the filter selects)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Balances up to this moment (YYYY-MM-DD is the end of that day, UTC; default: now — Trackdesk requires one, so it is always sent)')
            [CompletionResult]::new('--min-amount', '--min-amount', [CompletionResultType]::ParameterName, 'Only advertisers whose open balance is at least X')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only advertisers with this tag (repeatable; any of them)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note stored with each advertiser settlement')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Refuse the plan if its total in any currency exceeds X')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another money-moving run of the same provider and profile')
            [CompletionResult]::new('--show-plan', '--show-plan', [CompletionResultType]::ParameterName, 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out')
            [CompletionResult]::new('--plan-expires', '--plan-expires', [CompletionResultType]::ParameterName, 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns to show, in this order (comma-separated field names)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before an HTTP request is given up')
            [CompletionResult]::new('--max-body-mb', '--max-body-mb', [CompletionResultType]::ParameterName, 'The largest answer read from a provider, in MiB; a larger one is an error')
            [CompletionResult]::new('--max-rate-wait', '--max-rate-wait', [CompletionResultType]::ParameterName, 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with ''')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input would be needed')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (for cron jobs that move money)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the requests that would move money, and send none of them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no progress, warnings or notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'affpay;trackdesk;help' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Open balances per affiliate account; `balance show ACCOUNT_ID` for one account')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle open balances: one settlement with an account settlement per affiliate')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Delete account settlements, or a whole settlement with --settlement; their amounts become open balances again')
            [CompletionResult]::new('billing-details', 'billing-details', [CompletionResultType]::ParameterValue, 'Set an affiliate''s billing details (settlement skips accounts without them)')
            [CompletionResult]::new('payment-methods', 'payment-methods', [CompletionResultType]::ParameterValue, 'Add or update an affiliate''s payment methods; list the supported types')
            [CompletionResult]::new('tipalti', 'tipalti', [CompletionResultType]::ParameterValue, 'Pay a settlement''s Tipalti rows: `tipalti payable|pay|status SETTLEMENT_ID`')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Conversions (what affiliates earn and advertisers pay), from the conversion report. Reads only')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Set the status of conversions, one request each (approve, reject, refund, …)')
            [CompletionResult]::new('receivables', 'receivables', [CompletionResultType]::ParameterValue, 'Advertisers'' open balances: what they owe the program. Reads only')
            [CompletionResult]::new('claims', 'claims', [CompletionResultType]::ParameterValue, 'Advertiser settlements (claims); `claims show ID`, `claims delete ID…`')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Create advertiser settlements (claims) from advertisers'' open balances, one each')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;trackdesk;help;balance' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One account''s balances: open, on hold, settled, and their parts')
            break
        }
        'affpay;trackdesk;help;balance;show' {
            break
        }
        'affpay;trackdesk;help;settle' {
            break
        }
        'affpay;trackdesk;help;payouts' {
            [CompletionResult]::new('settlements', 'settlements', [CompletionResultType]::ParameterValue, 'Settlements, with how many of their account settlements are in each status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One settlement with its account settlements')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Set the status of account settlements, one request each (`error` is Trackdesk''s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)')
            break
        }
        'affpay;trackdesk;help;payouts;settlements' {
            break
        }
        'affpay;trackdesk;help;payouts;show' {
            break
        }
        'affpay;trackdesk;help;payouts;mark' {
            break
        }
        'affpay;trackdesk;help;cancel' {
            break
        }
        'affpay;trackdesk;help;billing-details' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace an affiliate account''s billing details')
            break
        }
        'affpay;trackdesk;help;billing-details;set' {
            break
        }
        'affpay;trackdesk;help;payment-methods' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a payment method to an affiliate account')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a payment method''s details or currency')
            [CompletionResult]::new('types', 'types', [CompletionResultType]::ParameterValue, 'The payment method types the program supports, their currencies and fields')
            break
        }
        'affpay;trackdesk;help;payment-methods;add' {
            break
        }
        'affpay;trackdesk;help;payment-methods;update' {
            break
        }
        'affpay;trackdesk;help;payment-methods;types' {
            break
        }
        'affpay;trackdesk;help;tipalti' {
            [CompletionResult]::new('payable', 'payable', [CompletionResultType]::ParameterValue, 'The settlement''s account settlements that Tipalti can pay, and those still unpaid. Reads only')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Send the settlement''s payable rows to Tipalti as one payment batch')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Refresh a payment batch''s status from Tipalti and show the settlement''s batches')
            break
        }
        'affpay;trackdesk;help;tipalti;payable' {
            break
        }
        'affpay;trackdesk;help;tipalti;pay' {
            break
        }
        'affpay;trackdesk;help;tipalti;status' {
            break
        }
        'affpay;trackdesk;help;actions' {
            break
        }
        'affpay;trackdesk;help;adjust' {
            break
        }
        'affpay;trackdesk;help;receivables' {
            break
        }
        'affpay;trackdesk;help;claims' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One advertiser settlement, with the billing details it was issued to')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete advertiser settlements: their amounts become open balances again')
            break
        }
        'affpay;trackdesk;help;claims;show' {
            break
        }
        'affpay;trackdesk;help;claims;delete' {
            break
        }
        'affpay;trackdesk;help;claim' {
            break
        }
        'affpay;trackdesk;help;help' {
            break
        }
        'affpay;help' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Every configured provider''s balances in one schema: what we owe and what we are owed')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Recent payouts of every configured provider in one schema: made and received')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The morning check: per provider and profile, whether the credential works and what the last runs left (unknown outcomes, rate-limit waits), with one exit code')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Store, inspect and remove provider credentials')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change settings in config.toml')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'What was paid, when and why: the journal of money-moving requests')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'What affpay can do with each provider, and how each configured profile reaches it')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Payout plans written by --plan-out: show them, approve them')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Carry out a plan file: checked (digest, expiry, scope, approvals, balances), then sent through the journal with the plan''s keys, so applying it twice pays nothing twice')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to stdout')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the version; with -v also the commit, target and enabled features (`--version` stays one short line)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run the local simulator of the provider APIs')
            [CompletionResult]::new('travelpayouts', 'travelpayouts', [CompletionResultType]::ParameterValue, 'Travelpayouts: balance, actions and payouts (finance v2 API)')
            [CompletionResult]::new('smartico', 'smartico', [CompletionResultType]::ParameterValue, 'Smartico TAP: affiliates'' balances, commissions, payments and adjustments (operator API)')
            [CompletionResult]::new('affonso', 'affonso', [CompletionResultType]::ParameterValue, 'Affonso: commissions, derived balances, payouts; settle, cancel, adjust')
            [CompletionResult]::new('billon', 'billon', [CompletionResultType]::ParameterValue, 'Billon payout panel: create payouts singly or from a CSV, cancel them')
            [CompletionResult]::new('trackdesk', 'trackdesk', [CompletionResultType]::ParameterValue, 'Trackdesk: open balances, settlements and their statuses, Tipalti payouts, conversions, what advertisers owe, billing details, payment methods')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'affpay;help;balance' {
            break
        }
        'affpay;help;payouts' {
            break
        }
        'affpay;help;status' {
            break
        }
        'affpay;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a provider''s secret: hidden prompt on a terminal, or stdin with --with-token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where each provider''s secret comes from, masked')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove a provider''s stored secret (keyring and file)')
            break
        }
        'affpay;help;auth;login' {
            break
        }
        'affpay;help;auth;status' {
            break
        }
        'affpay;help;auth;logout' {
            break
        }
        'affpay;help;config' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting of the profile: PROVIDER.KEY VALUE, or a global option''s default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a setting of the profile')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting of the profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting: its value, where it came from (flag, env, file or default), its environment variable and what it does')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of config.toml')
            break
        }
        'affpay;help;config;set' {
            break
        }
        'affpay;help;config;get' {
            break
        }
        'affpay;help;config;unset' {
            break
        }
        'affpay;help;config;list' {
            break
        }
        'affpay;help;config;path' {
            break
        }
        'affpay;help;journal' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List entries, oldest first: a compact table for people, every field in -o json/csv')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every entry with every field, oldest first: the audit trail (CSV unless -o says otherwise)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one entry, with the request that was sent (no secret in it)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Record the outcome of requests left `sending`, after checking with the provider')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy a SQLite journal into another journal (a PostgreSQL database): every row as it is, rows already there left alone, then every row checked; running it again copies nothing')
            break
        }
        'affpay;help;journal;list' {
            break
        }
        'affpay;help;journal;export' {
            break
        }
        'affpay;help;journal;show' {
            break
        }
        'affpay;help;journal;resolve' {
            break
        }
        'affpay;help;journal;migrate' {
            break
        }
        'affpay;help;providers' {
            break
        }
        'affpay;help;plan' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A plan file''s items, totals per currency, skipped targets and approvals')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Sign a plan file''s digest with an SSH key (ssh-keygen -Y sign format, namespace affpay-plan) and append the approval to the file')
            break
        }
        'affpay;help;plan;show' {
            break
        }
        'affpay;help;plan;approve' {
            break
        }
        'affpay;help;apply' {
            break
        }
        'affpay;help;completions' {
            break
        }
        'affpay;help;version' {
            break
        }
        'affpay;help;sandbox' {
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Start the `--sandbox` account over: forget the simulator''s recorded state and the sandbox journal (real data and the real journal are never touched)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the simulator on 127.0.0.1 until stopped, and print how to point affpay at it. It starts from its seeded data and keeps its state in memory only, unlike `--sandbox`')
            break
        }
        'affpay;help;sandbox;reset' {
            break
        }
        'affpay;help;sandbox;serve' {
            break
        }
        'affpay;help;travelpayouts' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Balance and next payout, one row per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Actions (commissions) affecting the balance; `actions show ID` for one action')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Payouts already made; `payouts next` and `payouts actions UUID` for more')
            break
        }
        'affpay;help;travelpayouts;balance' {
            break
        }
        'affpay;help;travelpayouts;actions' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One action with its history and metadata')
            break
        }
        'affpay;help;travelpayouts;actions;show' {
            break
        }
        'affpay;help;travelpayouts;payouts' {
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The amount of the next payout, per currency')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'The actions a payout paid')
            break
        }
        'affpay;help;travelpayouts;payouts;next' {
            break
        }
        'affpay;help;travelpayouts;payouts;actions' {
            break
        }
        'affpay;help;smartico' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Affiliates'' unpaid balances, thresholds and lifetime totals')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Commissions and balance changes per affiliate, by day, month, year or lifetime')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Record payments: one affiliate, every affiliate above threshold, or a CSV')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Adjust an affiliate''s balance (positive or negative)')
            break
        }
        'affpay;help;smartico;balance' {
            break
        }
        'affpay;help;smartico;actions' {
            break
        }
        'affpay;help;smartico;settle' {
            break
        }
        'affpay;help;smartico;adjust' {
            break
        }
        'affpay;help;affonso' {
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Commissions; `actions show ID` for one')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Balances per affiliate and currency, computed from all commissions')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Payouts; `payouts show ID` for one with its transactions')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Mark payouts completed (or processing) after paying them')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel payouts')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Change a commission''s amount, status or hold period')
            break
        }
        'affpay;help;affonso;actions' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One commission')
            break
        }
        'affpay;help;affonso;actions;show' {
            break
        }
        'affpay;help;affonso;balance' {
            break
        }
        'affpay;help;affonso;payouts' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One payout with its transactions')
            break
        }
        'affpay;help;affonso;payouts;show' {
            break
        }
        'affpay;help;affonso;settle' {
            break
        }
        'affpay;help;affonso;cancel' {
            break
        }
        'affpay;help;affonso;adjust' {
            break
        }
        'affpay;help;billon' {
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Create payouts: one from the options, or one per row of a CSV')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel payouts (irreversible; releases the funds they block)')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'The payouts affpay created (local records: the panel has no list endpoint)')
            break
        }
        'affpay;help;billon;settle' {
            break
        }
        'affpay;help;billon;cancel' {
            break
        }
        'affpay;help;billon;payouts' {
            break
        }
        'affpay;help;trackdesk' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Open balances per affiliate account; `balance show ACCOUNT_ID` for one account')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle open balances: one settlement with an account settlement per affiliate')
            [CompletionResult]::new('payouts', 'payouts', [CompletionResultType]::ParameterValue, 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Delete account settlements, or a whole settlement with --settlement; their amounts become open balances again')
            [CompletionResult]::new('billing-details', 'billing-details', [CompletionResultType]::ParameterValue, 'Set an affiliate''s billing details (settlement skips accounts without them)')
            [CompletionResult]::new('payment-methods', 'payment-methods', [CompletionResultType]::ParameterValue, 'Add or update an affiliate''s payment methods; list the supported types')
            [CompletionResult]::new('tipalti', 'tipalti', [CompletionResultType]::ParameterValue, 'Pay a settlement''s Tipalti rows: `tipalti payable|pay|status SETTLEMENT_ID`')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'Conversions (what affiliates earn and advertisers pay), from the conversion report. Reads only')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Set the status of conversions, one request each (approve, reject, refund, …)')
            [CompletionResult]::new('receivables', 'receivables', [CompletionResultType]::ParameterValue, 'Advertisers'' open balances: what they owe the program. Reads only')
            [CompletionResult]::new('claims', 'claims', [CompletionResultType]::ParameterValue, 'Advertiser settlements (claims); `claims show ID`, `claims delete ID…`')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Create advertiser settlements (claims) from advertisers'' open balances, one each')
            break
        }
        'affpay;help;trackdesk;balance' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One account''s balances: open, on hold, settled, and their parts')
            break
        }
        'affpay;help;trackdesk;balance;show' {
            break
        }
        'affpay;help;trackdesk;settle' {
            break
        }
        'affpay;help;trackdesk;payouts' {
            [CompletionResult]::new('settlements', 'settlements', [CompletionResultType]::ParameterValue, 'Settlements, with how many of their account settlements are in each status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One settlement with its account settlements')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Set the status of account settlements, one request each (`error` is Trackdesk''s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)')
            break
        }
        'affpay;help;trackdesk;payouts;settlements' {
            break
        }
        'affpay;help;trackdesk;payouts;show' {
            break
        }
        'affpay;help;trackdesk;payouts;mark' {
            break
        }
        'affpay;help;trackdesk;cancel' {
            break
        }
        'affpay;help;trackdesk;billing-details' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace an affiliate account''s billing details')
            break
        }
        'affpay;help;trackdesk;billing-details;set' {
            break
        }
        'affpay;help;trackdesk;payment-methods' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a payment method to an affiliate account')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a payment method''s details or currency')
            [CompletionResult]::new('types', 'types', [CompletionResultType]::ParameterValue, 'The payment method types the program supports, their currencies and fields')
            break
        }
        'affpay;help;trackdesk;payment-methods;add' {
            break
        }
        'affpay;help;trackdesk;payment-methods;update' {
            break
        }
        'affpay;help;trackdesk;payment-methods;types' {
            break
        }
        'affpay;help;trackdesk;tipalti' {
            [CompletionResult]::new('payable', 'payable', [CompletionResultType]::ParameterValue, 'The settlement''s account settlements that Tipalti can pay, and those still unpaid. Reads only')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Send the settlement''s payable rows to Tipalti as one payment batch')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Refresh a payment batch''s status from Tipalti and show the settlement''s batches')
            break
        }
        'affpay;help;trackdesk;tipalti;payable' {
            break
        }
        'affpay;help;trackdesk;tipalti;pay' {
            break
        }
        'affpay;help;trackdesk;tipalti;status' {
            break
        }
        'affpay;help;trackdesk;actions' {
            break
        }
        'affpay;help;trackdesk;adjust' {
            break
        }
        'affpay;help;trackdesk;receivables' {
            break
        }
        'affpay;help;trackdesk;claims' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One advertiser settlement, with the billing details it was issued to')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete advertiser settlements: their amounts become open balances again')
            break
        }
        'affpay;help;trackdesk;claims;show' {
            break
        }
        'affpay;help;trackdesk;claims;delete' {
            break
        }
        'affpay;help;trackdesk;claim' {
            break
        }
        'affpay;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
