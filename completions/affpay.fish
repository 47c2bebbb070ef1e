# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_affpay_global_optspecs
    string join \n o/output= excel fields= profile= sandbox v/verbose timeout= max-body-mb= max-rate-wait= no-input yes dry-run q/quiet h/help V/version
end

function __fish_affpay_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_affpay_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_affpay_using_subcommand
    set -l cmd (__fish_affpay_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c affpay -n "__fish_affpay_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_needs_command" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_needs_command" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_needs_command" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_needs_command" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_needs_command" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_needs_command" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_needs_command" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_needs_command" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_needs_command" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_needs_command" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_needs_command" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_needs_command" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_needs_command" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_needs_command" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "balance" -d 'Every configured provider\'s balances in one schema: what we owe and what we are owed'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "payouts" -d 'Recent payouts of every configured provider in one schema: made and received'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "status" -d 'The morning check: per provider and profile, whether the credential works and what the last runs left (unknown outcomes, rate-limit waits), with one exit code'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "auth" -d 'Store, inspect and remove provider credentials'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "config" -d 'Read and change settings in config.toml'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "journal" -d 'What was paid, when and why: the journal of money-moving requests'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "providers" -d 'What affpay can do with each provider, and how each configured profile reaches it'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "plan" -d 'Payout plans written by --plan-out: show them, approve them'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "apply" -d 'Carry out a plan file: checked (digest, expiry, scope, approvals, balances), then sent through the journal with the plan\'s keys, so applying it twice pays nothing twice'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "completions" -d 'Print a shell completion script to stdout'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "version" -d 'Print the version; with -v also the commit, target and enabled features (`--version` stays one short line)'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "sandbox" -d 'Run the local simulator of the provider APIs'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "travelpayouts" -d 'Travelpayouts: balance, actions and payouts (finance v2 API)'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "tp" -d 'Travelpayouts: balance, actions and payouts (finance v2 API)'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "smartico" -d 'Smartico TAP: affiliates\' balances, commissions, payments and adjustments (operator API)'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "affonso" -d 'Affonso: commissions, derived balances, payouts; settle, cancel, adjust'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "billon" -d 'Billon payout panel: create payouts singly or from a CSV, cancel them'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "trackdesk" -d 'Trackdesk: open balances, settlements and their statuses, Tipalti payouts, conversions, what advertisers owe, billing details, payment methods'
complete -c affpay -n "__fish_affpay_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l provider -d 'Only this provider (name or alias)' -r
complete -c affpay -n "__fish_affpay_using_subcommand balance" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l all-profiles -d 'Every profile in config.toml and the credentials file, not only --profile'
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l totals -d 'Print only the totals: one row per direction and currency'
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand balance" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand balance" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand balance" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand balance" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand balance" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l provider -d 'Only this provider (name or alias)' -r
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l since -d 'Payouts created on or after this day (YYYY-MM-DD, UTC; default: 30 days ago)' -r
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l all-profiles -d 'Every profile in config.toml and the credentials file, not only --profile'
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand payouts" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand status" -l provider -d 'Only this provider (name or alias); listed even when nothing is configured for it' -r
complete -c affpay -n "__fish_affpay_using_subcommand status" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand status" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand status" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand status" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand status" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand status" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand status" -l all-profiles -d 'Every profile in config.toml, the credentials file and the journal, not only --profile'
complete -c affpay -n "__fish_affpay_using_subcommand status" -l offline -d 'Send nothing: report from the local records only, without checking the credentials'
complete -c affpay -n "__fish_affpay_using_subcommand status" -l wide -d 'Every field in the table too (machine formats always carry every field)'
complete -c affpay -n "__fish_affpay_using_subcommand status" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand status" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand status" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand status" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand status" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand status" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand status" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand status" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand status" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "login" -d 'Store a provider\'s secret: hidden prompt on a terminal, or stdin with --with-token'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "status" -d 'Show where each provider\'s secret comes from, masked'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "logout" -d 'Remove a provider\'s stored secret (keyring and file)'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the secret from standard input instead of prompting'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -l insecure-storage -d 'Store the secret in credentials.toml (mode 0600) instead of the OS keyring'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -l check -d 'Also try each of the profile\'s credentials with one cheap read call (a login for Billon): exit 3 if none is configured or one is missing, 4 if one is refused'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Store a provider\'s secret: hidden prompt on a terminal, or stdin with --with-token'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show where each provider\'s secret comes from, masked'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove a provider\'s stored secret (keyring and file)'
complete -c affpay -n "__fish_affpay_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -f -a "set" -d 'Set a setting of the profile: PROVIDER.KEY VALUE, or a global option\'s default'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -f -a "get" -d 'Print a setting of the profile'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -f -a "unset" -d 'Remove a setting of the profile'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -f -a "list" -d 'Every setting: its value, where it came from (flag, env, file or default), its environment variable and what it does'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -f -a "path" -d 'Print the path of config.toml'
complete -c affpay -n "__fish_affpay_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a setting of the profile: PROVIDER.KEY VALUE, or a global option\'s default'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a setting of the profile'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a setting of the profile'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every setting: its value, where it came from (flag, env, file or default), its environment variable and what it does'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of config.toml'
complete -c affpay -n "__fish_affpay_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -f -a "list" -d 'List entries, oldest first: a compact table for people, every field in -o json/csv'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -f -a "export" -d 'Every entry with every field, oldest first: the audit trail (CSV unless -o says otherwise)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -f -a "show" -d 'Show one entry, with the request that was sent (no secret in it)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -f -a "resolve" -d 'Record the outcome of requests left `sending`, after checking with the provider'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -f -a "migrate" -d 'Copy a SQLite journal into another journal (a PostgreSQL database): every row as it is, rows already there left alone, then every row checked; running it again copies nothing'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and not __fish_seen_subcommand_from list export show resolve migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l provider -d 'Only this provider\'s entries' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l state -d 'Only entries in this state: sending, succeeded, failed or reversed (undone by a later affpay cancel)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l operation -d 'Only this operation\'s entries (settle, adjust, cancel, …)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l since -d 'Only entries created on or after this date (YYYY-MM-DD, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l until -d 'Only entries created on or before this date (YYYY-MM-DD, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l limit -d 'At most this many entries (the newest ones)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l wide -d 'Every field in the table too (machine formats always carry every field)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l provider -d 'Only this provider\'s entries' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l state -d 'Only entries in this state: sending, succeeded, failed or reversed (undone by a later affpay cancel)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l operation -d 'Only this operation\'s entries (settle, adjust, cancel, …)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l since -d 'Only entries created on or after this date (YYYY-MM-DD, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l until -d 'Only entries created on or before this date (YYYY-MM-DD, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l limit -d 'At most this many entries (the newest ones)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l wide -d 'Every field in the table too (machine formats always carry every field)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l as -d 'What the provider\'s records show: succeeded (never sent again) or failed (a later run may send it again)' -r -f -a "succeeded\t''
failed\t''"
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l reason -d 'Why: what the provider\'s records showed (kept with who resolved it and when)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l reference -d 'The provider\'s reference for what it did (a payment id), with one key' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l provider -d 'With --all-unknown: only this provider\'s entries' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l since -d 'With --all-unknown: only entries created on or after this date (YYYY-MM-DD, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l scope -d 'The account scope (base URL) of the entry, when the same key is unresolved in more than one (see `journal list --wide`)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l all-unknown -d 'Every entry still `sending`, narrowed by --provider and --since'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l succeeded -d 'Short for --as succeeded'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l failed -d 'Short for --as failed'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from resolve" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -l to -d 'The journal to copy into (default: the configured journal.url or AFFPAY_JOURNAL_URL)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -l from -d 'The SQLite journal to copy (default: journal.sqlite3 in the data directory)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "list" -d 'List entries, oldest first: a compact table for people, every field in -o json/csv'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "export" -d 'Every entry with every field, oldest first: the audit trail (CSV unless -o says otherwise)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one entry, with the request that was sent (no secret in it)'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Record the outcome of requests left `sending`, after checking with the provider'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Copy a SQLite journal into another journal (a PostgreSQL database): every row as it is, rows already there left alone, then every row checked; running it again copies nothing'
complete -c affpay -n "__fish_affpay_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand providers" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand providers" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand providers" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand providers" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand providers" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand providers" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand providers" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand providers" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand providers" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand providers" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand providers" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand providers" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand providers" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand providers" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand providers" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -f -a "show" -d 'A plan file\'s items, totals per currency, skipped targets and approvals'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -f -a "approve" -d 'Sign a plan file\'s digest with an SSH key (ssh-keygen -Y sign format, namespace affpay-plan) and append the approval to the file'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and not __fish_seen_subcommand_from show approve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -l key -d 'An ed25519 OpenSSH private key; an encrypted one asks its passphrase on a terminal' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -l identity -d 'Who approves, as allowed_signers lists the key (default: user@host)' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "show" -d 'A plan file\'s items, totals per currency, skipped targets and approvals'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Sign a plan file\'s digest with an SSH key (ssh-keygen -Y sign format, namespace affpay-plan) and append the approval to the file'
complete -c affpay -n "__fish_affpay_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l require-approvals -d 'Approvals needed from distinct signers of --allowed-signers (the larger of this and the profile\'s apply.require_approvals)' -r
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l allowed-signers -d 'Who may approve: an allowed_signers file as git and ssh-keygen use (default: the profile\'s apply.allowed_signers)' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l max-total -d 'Refuse the plan if its total in any currency exceeds X (a cap of the unattended run\'s own, whatever the file was approved for)' -r
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l lock-timeout -d 'Seconds to wait for another money-moving run of the same provider and profile' -r
complete -c affpay -n "__fish_affpay_using_subcommand apply" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l skip-changed -d 'Leave out, and report, items whose target\'s balance has fallen below the planned amount since the plan (default: refuse the whole plan)'
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand apply" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand apply" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand apply" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand apply" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand apply" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand completions" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand completions" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand completions" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand completions" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand completions" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand completions" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand completions" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand completions" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand completions" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand completions" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand completions" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand completions" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand completions" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand completions" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand version" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand version" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand version" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand version" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand version" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand version" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand version" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand version" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand version" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand version" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand version" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand version" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand version" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand version" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand version" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -f -a "reset" -d 'Start the `--sandbox` account over: forget the simulator\'s recorded state and the sandbox journal (real data and the real journal are never touched)'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -f -a "serve" -d 'Serve the simulator on 127.0.0.1 until stopped, and print how to point affpay at it. It starts from its seeded data and keeps its state in memory only, unlike `--sandbox`'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and not __fish_seen_subcommand_from reset serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l port -d 'Port to listen on (0 picks a free one)' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l seed -d 'Seed of the generated data: the same seed gives the same data' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l url-file -d 'Write the base URL to this file once listening (for scripts)' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l travelpayouts-actions -d 'Number of simulated Travelpayouts actions' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l travelpayouts-rate-limit -d 'Answer 429 (no Retry-After) to Travelpayouts requests beyond N a minute, until the minute ends (0: no limit)' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l travelpayouts-rate-window -d 'Length of the rate limit\'s minute window, shorter for tests' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l travelpayouts-delay-ms -d 'Delay every Travelpayouts answer by this many milliseconds' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l smartico-affiliates -d 'Number of simulated Smartico affiliates' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l smartico-reject-every -d 'Reject every Nth Smartico payment (0: never)' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l smartico-drop-every -d 'Record every Nth Smartico payment but break the connection instead of answering (0: never)' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l smartico-delay-ms -d 'Delay every Smartico answer by this many milliseconds' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l affonso-commissions -d 'Number of simulated Affonso commissions' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l affonso-rate-limit -d 'Answer 429 once more than N Affonso requests arrive in one second (0: never)' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l billon-funds -d 'Funds on the simulated Billon panel account' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l billon-token-ttl-secs -d 'Lifetime of simulated Billon tokens' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l trackdesk-accounts -d 'Number of simulated Trackdesk affiliate accounts' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l trackdesk-rate-limit -d 'Answer 429 to Trackdesk requests beyond N a second (0: no limit)' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Start the `--sandbox` account over: forget the simulator\'s recorded state and the sandbox journal (real data and the real journal are never touched)'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the simulator on 127.0.0.1 until stopped, and print how to point affpay at it. It starts from its seeded data and keeps its state in memory only, unlike `--sandbox`'
complete -c affpay -n "__fish_affpay_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -f -a "balance" -d 'Balance and next payout, one row per currency'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -f -a "actions" -d 'Actions (commissions) affecting the balance; `actions show ID` for one action'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -f -a "payouts" -d 'Payouts already made; `payouts next` and `payouts actions UUID` for more'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -f -a "payments" -d 'Payouts already made; `payouts next` and `payouts actions UUID` for more'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and not __fish_seen_subcommand_from balance actions payouts payments help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l currency -d 'Currency of the amounts (default: travelpayouts.currency, else usd)' -r -f -a "usd\t''
eur\t''
rub\t''"
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l state -d 'Only actions in this state' -r -f -a "paid\t''
processing\t''
cancelled\t''"
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l campaign -d 'Only actions of this affiliate program (campaign id)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l action -d 'Only this action id, like 100:012345678' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l from -d 'Actions created on or after this date (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l until -d 'Actions created on or before this date (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -f -a "show" -d 'One action with its history and metadata'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from actions" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -f -a "next" -d 'The amount of the next payout, per currency'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -f -a "actions" -d 'The actions a payout paid'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payouts" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -f -a "next" -d 'The amount of the next payout, per currency'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -f -a "actions" -d 'The actions a payout paid'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from payments" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from help" -f -a "balance" -d 'Balance and next payout, one row per currency'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from help" -f -a "actions" -d 'Actions (commissions) affecting the balance; `actions show ID` for one action'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from help" -f -a "payouts" -d 'Payouts already made; `payouts next` and `payouts actions UUID` for more'
complete -c affpay -n "__fish_affpay_using_subcommand travelpayouts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -f -a "balance" -d 'Balance and next payout, one row per currency'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -f -a "actions" -d 'Actions (commissions) affecting the balance; `actions show ID` for one action'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -f -a "payouts" -d 'Payouts already made; `payouts next` and `payouts actions UUID` for more'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -f -a "payments" -d 'Payouts already made; `payouts next` and `payouts actions UUID` for more'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and not __fish_seen_subcommand_from balance actions payouts payments help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l currency -d 'Currency of the amounts (default: travelpayouts.currency, else usd)' -r -f -a "usd\t''
eur\t''
rub\t''"
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l state -d 'Only actions in this state' -r -f -a "paid\t''
processing\t''
cancelled\t''"
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l campaign -d 'Only actions of this affiliate program (campaign id)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l action -d 'Only this action id, like 100:012345678' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l from -d 'Actions created on or after this date (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l until -d 'Actions created on or before this date (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -f -a "show" -d 'One action with its history and metadata'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from actions" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -f -a "next" -d 'The amount of the next payout, per currency'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -f -a "actions" -d 'The actions a payout paid'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payouts" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -f -a "next" -d 'The amount of the next payout, per currency'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -f -a "actions" -d 'The actions a payout paid'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from payments" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from help" -f -a "balance" -d 'Balance and next payout, one row per currency'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from help" -f -a "actions" -d 'Actions (commissions) affecting the balance; `actions show ID` for one action'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from help" -f -a "payouts" -d 'Payouts already made; `payouts next` and `payouts actions UUID` for more'
complete -c affpay -n "__fish_affpay_using_subcommand tp; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -f -a "balance" -d 'Affiliates\' unpaid balances, thresholds and lifetime totals'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -f -a "actions" -d 'Commissions and balance changes per affiliate, by day, month, year or lifetime'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -f -a "settle" -d 'Record payments: one affiliate, every affiliate above threshold, or a CSV'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -f -a "adjust" -d 'Adjust an affiliate\'s balance (positive or negative)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and not __fish_seen_subcommand_from balance actions settle adjust help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l due-until -d 'Only balances due up to this date or datetime (YYYY-MM-DD or RFC 3339)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l affiliate -d 'Only this affiliate' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l above-threshold -d 'Only affiliates whose balance is above their payment threshold'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l aggregation-period -l period -d 'Rows per affiliate and day, month or year, or one per affiliate (lifetime)' -r -f -a "day\t''
month\t''
year\t''
lifetime\t''"
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l from -d 'First day, inclusive (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l until -d 'Last day, inclusive (YYYY-MM-DD); sent as date_to, the next day, which TAP excludes' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l affiliate -d 'Only this affiliate' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from actions" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l affiliate -d 'Pay this affiliate (with --amount)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l amount -d 'Amount in the operator currency, at most 2 decimals' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l period-from -d 'Start of the period paid for (YYYY-MM-DD or RFC 3339)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l period-to -d 'End of the period paid for; a date means the end of that day (UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l due-until -d 'With --above-threshold: only balances due up to this date or datetime' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l min-amount -d 'With --above-threshold: skip balances below this amount' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l from-csv -d 'Pay the rows of this CSV (affiliate_id,amount[,comment,details]); - for stdin' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l comment -d 'Internal comment, not shown to the affiliate' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l details -d 'Payment details shown to the affiliate' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l idempotency-key -d 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l batch -d 'Batch name, part of every derived key (default: today\'s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l max-total -d 'Refuse the plan if its total in any currency exceeds X' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l lock-timeout -d 'Seconds to wait for another money-moving run of the same provider and profile' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l show-plan -d 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)' -r -f -a "auto\t'All of it when it fits the terminal, else through the pager; the first 20 lines when stderr is not a terminal'
all\t'Every line: through the pager on a terminal, all on stderr elsewhere'"
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l plan-out -d 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l plan-expires -d 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l above-threshold -d 'Pay every affiliate above threshold its balance, rounded down to cents'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l notify -d 'Email the affiliate that the payment was made'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from settle" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l affiliate -d 'The affiliate whose balance changes' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l amount -d 'Amount in the operator currency: positive or negative, not zero, at most 2 decimals' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l type -d 'Adjustment type id (the vendor says to always use 5)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l idempotency-key -d 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l batch -d 'Batch name, part of every derived key (default: today\'s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l max-total -d 'Refuse the plan if its total in any currency exceeds X' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l lock-timeout -d 'Seconds to wait for another money-moving run of the same provider and profile' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l show-plan -d 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)' -r -f -a "auto\t'All of it when it fits the terminal, else through the pager; the first 20 lines when stderr is not a terminal'
all\t'Every line: through the pager on a terminal, all on stderr elsewhere'"
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l plan-out -d 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l plan-expires -d 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from adjust" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from help" -f -a "balance" -d 'Affiliates\' unpaid balances, thresholds and lifetime totals'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from help" -f -a "actions" -d 'Commissions and balance changes per affiliate, by day, month, year or lifetime'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from help" -f -a "settle" -d 'Record payments: one affiliate, every affiliate above threshold, or a CSV'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from help" -f -a "adjust" -d 'Adjust an affiliate\'s balance (positive or negative)'
complete -c affpay -n "__fish_affpay_using_subcommand smartico; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -f -a "actions" -d 'Commissions; `actions show ID` for one'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -f -a "commissions" -d 'Commissions; `actions show ID` for one'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -f -a "balance" -d 'Balances per affiliate and currency, computed from all commissions'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -f -a "payouts" -d 'Payouts; `payouts show ID` for one with its transactions'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -f -a "settle" -d 'Mark payouts completed (or processing) after paying them'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -f -a "cancel" -d 'Cancel payouts'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -f -a "adjust" -d 'Change a commission\'s amount, status or hold period'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and not __fish_seen_subcommand_from actions commissions balance payouts settle cancel adjust help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l status -d 'Only commissions with this status (pending, ready_for_payment, paid, …)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l sales-status -d 'Only commissions whose sale has this status (open, complete, refunded, …)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l affiliate -d 'Only this affiliate\'s commissions' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l referral -d 'Only this referral\'s commissions' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l from -d 'Created on or after this date (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l until -d 'Created on or before this date (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -f -a "show" -d 'One commission'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from actions" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l status -d 'Only commissions with this status (pending, ready_for_payment, paid, …)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l sales-status -d 'Only commissions whose sale has this status (open, complete, refunded, …)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l affiliate -d 'Only this affiliate\'s commissions' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l referral -d 'Only this referral\'s commissions' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l from -d 'Created on or after this date (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l until -d 'Created on or before this date (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -f -a "show" -d 'One commission'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from commissions" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l affiliate -d 'Only this affiliate' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l from -d 'Only commissions created on or after this date (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l until -d 'Only commissions created on or before this date (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l status -d 'Only payouts with this status (pending, processing, completed, failed, cancelled)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l affiliate -d 'Only this affiliate\'s payouts' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l from -d 'Created on or after this date (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l until -d 'Created on or before this date (YYYY-MM-DD)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -f -a "show" -d 'One payout with its transactions'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from payouts" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l method -d 'How they were paid (at most 50 characters)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l reference -d 'The payment\'s reference (at most 255 characters)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l idempotency-key -d 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l batch -d 'Batch name, part of every derived key (default: today\'s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l max-total -d 'Refuse the plan if its total in any currency exceeds X' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l lock-timeout -d 'Seconds to wait for another money-moving run of the same provider and profile' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l show-plan -d 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)' -r -f -a "auto\t'All of it when it fits the terminal, else through the pager; the first 20 lines when stderr is not a terminal'
all\t'Every line: through the pager on a terminal, all on stderr elsewhere'"
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l plan-out -d 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l plan-expires -d 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l processing -d 'Mark them processing instead of completed'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from settle" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l idempotency-key -d 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l batch -d 'Batch name, part of every derived key (default: today\'s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l max-total -d 'Refuse the plan if its total in any currency exceeds X' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l lock-timeout -d 'Seconds to wait for another money-moving run of the same provider and profile' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l show-plan -d 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)' -r -f -a "auto\t'All of it when it fits the terminal, else through the pager; the first 20 lines when stderr is not a terminal'
all\t'Every line: through the pager on a terminal, all on stderr elsewhere'"
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l plan-out -d 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l plan-expires -d 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l amount -d 'New commission amount (zero or more, at most 2 decimals)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l status -d 'New status' -r -f -a "pending\t''
pending_manual_approval\t''
ready_for_payment\t''
paid\t''
declined\t''"
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l hold-days -d 'New hold period in days' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l idempotency-key -d 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l batch -d 'Batch name, part of every derived key (default: today\'s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l max-total -d 'Refuse the plan if its total in any currency exceeds X' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l lock-timeout -d 'Seconds to wait for another money-moving run of the same provider and profile' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l show-plan -d 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)' -r -f -a "auto\t'All of it when it fits the terminal, else through the pager; the first 20 lines when stderr is not a terminal'
all\t'Every line: through the pager on a terminal, all on stderr elsewhere'"
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l plan-out -d 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l plan-expires -d 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from adjust" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from help" -f -a "actions" -d 'Commissions; `actions show ID` for one'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from help" -f -a "balance" -d 'Balances per affiliate and currency, computed from all commissions'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from help" -f -a "payouts" -d 'Payouts; `payouts show ID` for one with its transactions'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from help" -f -a "settle" -d 'Mark payouts completed (or processing) after paying them'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel payouts'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from help" -f -a "adjust" -d 'Change a commission\'s amount, status or hold period'
complete -c affpay -n "__fish_affpay_using_subcommand affonso; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -f -a "settle" -d 'Create payouts: one from the options, or one per row of a CSV'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -f -a "cancel" -d 'Cancel payouts (irreversible; releases the funds they block)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -f -a "payouts" -d 'The payouts affpay created (local records: the panel has no list endpoint)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -f -a "payments" -d 'The payouts affpay created (local records: the panel has no list endpoint)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and not __fish_seen_subcommand_from settle cancel payouts payments help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l from-csv -d 'Pay the rows of this CSV; - for stdin' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l amount -d 'Amount to pay out, at most 2 decimals' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l currency -d 'Currency code, like PLN or GBP' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l project -d 'Project name (created by the panel if it does not exist)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l description -d 'Payout description' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l user -d 'Recipient user name' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l phone -d 'Recipient phone number' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l reference -d 'Recipient reference id' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l first-name -d 'Recipient first name' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l last-name -d 'Recipient last name' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l email -d 'Recipient email' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l valid-from -d 'Start of validity (YYYY-MM-DD or RFC 3339; default now)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l valid-until -d 'End of validity (YYYY-MM-DD meaning the end of that day, or RFC 3339; default 30 days after the start)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l idempotency-key -d 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l batch -d 'Batch name, part of every derived key (default: today\'s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l max-total -d 'Refuse the plan if its total in any currency exceeds X' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l lock-timeout -d 'Seconds to wait for another money-moving run of the same provider and profile' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l show-plan -d 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)' -r -f -a "auto\t'All of it when it fits the terminal, else through the pager; the first 20 lines when stderr is not a terminal'
all\t'Every line: through the pager on a terminal, all on stderr elsewhere'"
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l plan-out -d 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l plan-expires -d 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l notify -d 'Notify the recipient'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from settle" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l idempotency-key -d 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l batch -d 'Batch name, part of every derived key (default: today\'s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l max-total -d 'Refuse the plan if its total in any currency exceeds X' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l lock-timeout -d 'Seconds to wait for another money-moving run of the same provider and profile' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l show-plan -d 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)' -r -f -a "auto\t'All of it when it fits the terminal, else through the pager; the first 20 lines when stderr is not a terminal'
all\t'Every line: through the pager on a terminal, all on stderr elsewhere'"
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l plan-out -d 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l plan-expires -d 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payouts" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from payments" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from help" -f -a "settle" -d 'Create payouts: one from the options, or one per row of a CSV'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel payouts (irreversible; releases the funds they block)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from help" -f -a "payouts" -d 'The payouts affpay created (local records: the panel has no list endpoint)'
complete -c affpay -n "__fish_affpay_using_subcommand billon; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "balance" -d 'Open balances per affiliate account; `balance show ACCOUNT_ID` for one account'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "open-balances" -d 'Open balances per affiliate account; `balance show ACCOUNT_ID` for one account'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "settle" -d 'Settle open balances: one settlement with an account settlement per affiliate'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "payouts" -d 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "settlements" -d 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "account-settlements" -d 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "cancel" -d 'Delete account settlements, or a whole settlement with --settlement; their amounts become open balances again'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "billing-details" -d 'Set an affiliate\'s billing details (settlement skips accounts without them)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "payment-methods" -d 'Add or update an affiliate\'s payment methods; list the supported types'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "tipalti" -d 'Pay a settlement\'s Tipalti rows: `tipalti payable|pay|status SETTLEMENT_ID`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "actions" -d 'Conversions (what affiliates earn and advertisers pay), from the conversion report. Reads only'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "conversions" -d 'Conversions (what affiliates earn and advertisers pay), from the conversion report. Reads only'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "adjust" -d 'Set the status of conversions, one request each (approve, reject, refund, …)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "receivables" -d 'Advertisers\' open balances: what they owe the program. Reads only'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "claims" -d 'Advertiser settlements (claims); `claims show ID`, `claims delete ID…`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "advertiser-settlements" -d 'Advertiser settlements (claims); `claims show ID`, `claims delete ID…`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "claim" -d 'Create advertiser settlements (claims) from advertisers\' open balances, one each'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and not __fish_seen_subcommand_from balance open-balances settle payouts settlements account-settlements cancel billing-details payment-methods tipalti actions conversions adjust receivables claims advertiser-settlements claim help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l until -d 'Only what was earned up to this moment (YYYY-MM-DD is the end of that day, UTC; or an RFC 3339 datetime)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l min-amount -d 'Only accounts whose open balance is at least X' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l payment-method -d 'Only accounts whose default payment method has this type (repeatable): paypal, sepa, bank-transfer, wise, … (see `payment-methods types`)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -f -a "show" -d 'One account\'s balances: open, on hold, settled, and their parts'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from balance" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l until -d 'Only what was earned up to this moment (YYYY-MM-DD is the end of that day, UTC; or an RFC 3339 datetime)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l min-amount -d 'Only accounts whose open balance is at least X' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l payment-method -d 'Only accounts whose default payment method has this type (repeatable): paypal, sepa, bank-transfer, wise, … (see `payment-methods types`)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -f -a "show" -d 'One account\'s balances: open, on hold, settled, and their parts'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from open-balances" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l account -d 'Settle only these accounts (repeatable; default: every account the filter selects)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l until -d 'Only what was earned up to this moment (YYYY-MM-DD is the end of that day, UTC; or an RFC 3339 datetime)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l min-amount -d 'Only accounts whose open balance is at least X' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l payment-method -d 'Only accounts whose default payment method has this type (repeatable): paypal, sepa, bank-transfer, wise, … (see `payment-methods types`)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l note -d 'A note stored with the settlement' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l idempotency-key -d 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l batch -d 'Batch name, part of every derived key (default: today\'s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l max-total -d 'Refuse the plan if its total in any currency exceeds X' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l lock-timeout -d 'Seconds to wait for another money-moving run of the same provider and profile' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l show-plan -d 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)' -r -f -a "auto\t'All of it when it fits the terminal, else through the pager; the first 20 lines when stderr is not a terminal'
all\t'Every line: through the pager on a terminal, all on stderr elsewhere'"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l plan-out -d 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l plan-expires -d 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settle" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l from -d 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l to -d 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l account -d 'Only this affiliate account\'s settlements' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -f -a "settlements" -d 'Settlements, with how many of their account settlements are in each status'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -f -a "show" -d 'One settlement with its account settlements'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -f -a "mark" -d 'Set the status of account settlements, one request each (`error` is Trackdesk\'s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payouts" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l from -d 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l to -d 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l account -d 'Only this affiliate account\'s settlements' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -f -a "settlements" -d 'Settlements, with how many of their account settlements are in each status'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -f -a "show" -d 'One settlement with its account settlements'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -f -a "mark" -d 'Set the status of account settlements, one request each (`error` is Trackdesk\'s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from settlements" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l from -d 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l to -d 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l account -d 'Only this affiliate account\'s settlements' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -f -a "settlements" -d 'Settlements, with how many of their account settlements are in each status'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -f -a "show" -d 'One settlement with its account settlements'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -f -a "mark" -d 'Set the status of account settlements, one request each (`error` is Trackdesk\'s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from account-settlements" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l settlement -d 'Delete this whole settlement with all its account settlements' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l idempotency-key -d 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l batch -d 'Batch name, part of every derived key (default: today\'s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l max-total -d 'Refuse the plan if its total in any currency exceeds X' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l lock-timeout -d 'Seconds to wait for another money-moving run of the same provider and profile' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l show-plan -d 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)' -r -f -a "auto\t'All of it when it fits the terminal, else through the pager; the first 20 lines when stderr is not a terminal'
all\t'Every line: through the pager on a terminal, all on stderr elsewhere'"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l plan-out -d 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l plan-expires -d 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l allow-paid -d 'Allow deleting a settlement some of whose account settlements are paid or in progress (their amounts become open again, and a later settle would pay them twice)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -f -a "set" -d 'Create or replace an affiliate account\'s billing details'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from billing-details" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -f -a "add" -d 'Add a payment method to an affiliate account'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -f -a "update" -d 'Change a payment method\'s details or currency'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -f -a "types" -d 'The payment method types the program supports, their currencies and fields'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from payment-methods" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -f -a "payable" -d 'The settlement\'s account settlements that Tipalti can pay, and those still unpaid. Reads only'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -f -a "pay" -d 'Send the settlement\'s payable rows to Tipalti as one payment batch'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -f -a "status" -d 'Refresh a payment batch\'s status from Tipalti and show the settlement\'s batches'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from tipalti" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l from -d 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l to -d 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l status -d 'Only conversions in this status (repeatable): approved, pending, on-hold, rejected, …' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l affiliate -d 'Only this affiliate\'s conversions (repeatable; the affiliate account id)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l conversion -d 'Only these conversions (repeatable)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l offer -d 'Only this offer\'s conversions (repeatable)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l advertiser -d 'Only this advertiser\'s conversions (repeatable)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l settlement -d 'Only the conversions of this settlement (repeatable)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l currency -d 'Only conversions in this currency (repeatable, ISO 4217)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from actions" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l from -d 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l to -d 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l status -d 'Only conversions in this status (repeatable): approved, pending, on-hold, rejected, …' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l affiliate -d 'Only this affiliate\'s conversions (repeatable; the affiliate account id)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l conversion -d 'Only these conversions (repeatable)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l offer -d 'Only this offer\'s conversions (repeatable)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l advertiser -d 'Only this advertiser\'s conversions (repeatable)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l settlement -d 'Only the conversions of this settlement (repeatable)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l currency -d 'Only conversions in this currency (repeatable, ISO 4217)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from conversions" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l status -d 'The new status: approved, pending, on-hold, rejected, refunded, fraud, …' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l idempotency-key -d 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l batch -d 'Batch name, part of every derived key (default: today\'s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l max-total -d 'Refuse the plan if its total in any currency exceeds X' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l lock-timeout -d 'Seconds to wait for another money-moving run of the same provider and profile' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l show-plan -d 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)' -r -f -a "auto\t'All of it when it fits the terminal, else through the pager; the first 20 lines when stderr is not a terminal'
all\t'Every line: through the pager on a terminal, all on stderr elsewhere'"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l plan-out -d 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l plan-expires -d 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from adjust" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l until -d 'Balances up to this moment (YYYY-MM-DD is the end of that day, UTC; default: now — Trackdesk requires one, so it is always sent)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l min-amount -d 'Only advertisers whose open balance is at least X' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l tag -d 'Only advertisers with this tag (repeatable; any of them)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from receivables" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l from -d 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l to -d 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -f -a "show" -d 'One advertiser settlement, with the billing details it was issued to'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -f -a "delete" -d 'Delete advertiser settlements: their amounts become open balances again'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claims" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l from -d 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l to -d 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l limit -d 'Fetch N rows, across as many pages as needed (default: the first page)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l all -d 'Fetch every row'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -s h -l help -d 'Print help'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -f -a "show" -d 'One advertiser settlement, with the billing details it was issued to'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -f -a "delete" -d 'Delete advertiser settlements: their amounts become open balances again'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from advertiser-settlements" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l advertiser -d 'Claim only from these advertisers (repeatable; default: every advertiser the filter selects)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l until -d 'Balances up to this moment (YYYY-MM-DD is the end of that day, UTC; default: now — Trackdesk requires one, so it is always sent)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l min-amount -d 'Only advertisers whose open balance is at least X' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l tag -d 'Only advertisers with this tag (repeatable; any of them)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l note -d 'A note stored with each advertiser settlement' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l idempotency-key -d 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l batch -d 'Batch name, part of every derived key (default: today\'s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l max-total -d 'Refuse the plan if its total in any currency exceeds X' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l lock-timeout -d 'Seconds to wait for another money-moving run of the same provider and profile' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l show-plan -d 'How much of the plan to show before it is sent: auto (all of it when it fits the terminal, else through $PAGER) or all (every line, paged on a terminal)' -r -f -a "auto\t'All of it when it fits the terminal, else through the pager; the first 20 lines when stderr is not a terminal'
all\t'Every line: through the pager on a terminal, all on stderr elsewhere'"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l plan-out -d 'Write the plan to FILE for review and `affpay plan approve`, send nothing; `affpay apply FILE` carries it out' -r -F
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l plan-expires -d 'With --plan-out: how long the plan stays valid (6h, 30m, 2d; default 24h, at most 31d)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l fields -d 'Columns to show, in this order (comma-separated field names)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l profile -d 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l timeout -d 'Seconds before an HTTP request is given up' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l max-body-mb -d 'The largest answer read from a provider, in MiB; a larger one is an error' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l max-rate-wait -d 'The longest time one request waits out a provider\'s rate limit (HTTP 429), in seconds; past it the run fails with exit 6' -r
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l excel -d 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with \''
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l sandbox -d 'Run against a built-in simulator with demo data and a dummy credential; it keeps its state from run to run until `affpay sandbox reset`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -s v -l verbose -d 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l no-input -d 'Never prompt; fail instead when input would be needed'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l yes -d 'Answer yes to confirmations (for cron jobs that move money)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -l dry-run -d 'Show the requests that would move money, and send none of them'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -s q -l quiet -d 'Print nothing on stderr but errors: no progress, warnings or notices'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from claim" -s V -l version -d 'Print version'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "balance" -d 'Open balances per affiliate account; `balance show ACCOUNT_ID` for one account'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "settle" -d 'Settle open balances: one settlement with an account settlement per affiliate'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "payouts" -d 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Delete account settlements, or a whole settlement with --settlement; their amounts become open balances again'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "billing-details" -d 'Set an affiliate\'s billing details (settlement skips accounts without them)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "payment-methods" -d 'Add or update an affiliate\'s payment methods; list the supported types'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "tipalti" -d 'Pay a settlement\'s Tipalti rows: `tipalti payable|pay|status SETTLEMENT_ID`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "actions" -d 'Conversions (what affiliates earn and advertisers pay), from the conversion report. Reads only'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "adjust" -d 'Set the status of conversions, one request each (approve, reject, refund, …)'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "receivables" -d 'Advertisers\' open balances: what they owe the program. Reads only'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "claims" -d 'Advertiser settlements (claims); `claims show ID`, `claims delete ID…`'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "claim" -d 'Create advertiser settlements (claims) from advertisers\' open balances, one each'
complete -c affpay -n "__fish_affpay_using_subcommand trackdesk; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "balance" -d 'Every configured provider\'s balances in one schema: what we owe and what we are owed'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "payouts" -d 'Recent payouts of every configured provider in one schema: made and received'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "status" -d 'The morning check: per provider and profile, whether the credential works and what the last runs left (unknown outcomes, rate-limit waits), with one exit code'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "auth" -d 'Store, inspect and remove provider credentials'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "config" -d 'Read and change settings in config.toml'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "journal" -d 'What was paid, when and why: the journal of money-moving requests'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "providers" -d 'What affpay can do with each provider, and how each configured profile reaches it'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "plan" -d 'Payout plans written by --plan-out: show them, approve them'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "apply" -d 'Carry out a plan file: checked (digest, expiry, scope, approvals, balances), then sent through the journal with the plan\'s keys, so applying it twice pays nothing twice'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "completions" -d 'Print a shell completion script to stdout'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "version" -d 'Print the version; with -v also the commit, target and enabled features (`--version` stays one short line)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "sandbox" -d 'Run the local simulator of the provider APIs'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "travelpayouts" -d 'Travelpayouts: balance, actions and payouts (finance v2 API)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "smartico" -d 'Smartico TAP: affiliates\' balances, commissions, payments and adjustments (operator API)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "affonso" -d 'Affonso: commissions, derived balances, payouts; settle, cancel, adjust'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "billon" -d 'Billon payout panel: create payouts singly or from a CSV, cancel them'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "trackdesk" -d 'Trackdesk: open balances, settlements and their statuses, Tipalti payouts, conversions, what advertisers owe, billing details, payment methods'
complete -c affpay -n "__fish_affpay_using_subcommand help; and not __fish_seen_subcommand_from balance payouts status auth config journal providers plan apply completions version sandbox travelpayouts smartico affonso billon trackdesk help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Store a provider\'s secret: hidden prompt on a terminal, or stdin with --with-token'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show where each provider\'s secret comes from, masked'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove a provider\'s stored secret (keyring and file)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a setting of the profile: PROVIDER.KEY VALUE, or a global option\'s default'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print a setting of the profile'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a setting of the profile'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Every setting: its value, where it came from (flag, env, file or default), its environment variable and what it does'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of config.toml'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from journal" -f -a "list" -d 'List entries, oldest first: a compact table for people, every field in -o json/csv'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from journal" -f -a "export" -d 'Every entry with every field, oldest first: the audit trail (CSV unless -o says otherwise)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from journal" -f -a "show" -d 'Show one entry, with the request that was sent (no secret in it)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from journal" -f -a "resolve" -d 'Record the outcome of requests left `sending`, after checking with the provider'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from journal" -f -a "migrate" -d 'Copy a SQLite journal into another journal (a PostgreSQL database): every row as it is, rows already there left alone, then every row checked; running it again copies nothing'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "show" -d 'A plan file\'s items, totals per currency, skipped targets and approvals'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "approve" -d 'Sign a plan file\'s digest with an SSH key (ssh-keygen -Y sign format, namespace affpay-plan) and append the approval to the file'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Start the `--sandbox` account over: forget the simulator\'s recorded state and the sandbox journal (real data and the real journal are never touched)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the simulator on 127.0.0.1 until stopped, and print how to point affpay at it. It starts from its seeded data and keeps its state in memory only, unlike `--sandbox`'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from travelpayouts" -f -a "balance" -d 'Balance and next payout, one row per currency'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from travelpayouts" -f -a "actions" -d 'Actions (commissions) affecting the balance; `actions show ID` for one action'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from travelpayouts" -f -a "payouts" -d 'Payouts already made; `payouts next` and `payouts actions UUID` for more'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from smartico" -f -a "balance" -d 'Affiliates\' unpaid balances, thresholds and lifetime totals'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from smartico" -f -a "actions" -d 'Commissions and balance changes per affiliate, by day, month, year or lifetime'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from smartico" -f -a "settle" -d 'Record payments: one affiliate, every affiliate above threshold, or a CSV'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from smartico" -f -a "adjust" -d 'Adjust an affiliate\'s balance (positive or negative)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from affonso" -f -a "actions" -d 'Commissions; `actions show ID` for one'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from affonso" -f -a "balance" -d 'Balances per affiliate and currency, computed from all commissions'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from affonso" -f -a "payouts" -d 'Payouts; `payouts show ID` for one with its transactions'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from affonso" -f -a "settle" -d 'Mark payouts completed (or processing) after paying them'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from affonso" -f -a "cancel" -d 'Cancel payouts'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from affonso" -f -a "adjust" -d 'Change a commission\'s amount, status or hold period'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from billon" -f -a "settle" -d 'Create payouts: one from the options, or one per row of a CSV'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from billon" -f -a "cancel" -d 'Cancel payouts (irreversible; releases the funds they block)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from billon" -f -a "payouts" -d 'The payouts affpay created (local records: the panel has no list endpoint)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from trackdesk" -f -a "balance" -d 'Open balances per affiliate account; `balance show ACCOUNT_ID` for one account'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from trackdesk" -f -a "settle" -d 'Settle open balances: one settlement with an account settlement per affiliate'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from trackdesk" -f -a "payouts" -d 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from trackdesk" -f -a "cancel" -d 'Delete account settlements, or a whole settlement with --settlement; their amounts become open balances again'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from trackdesk" -f -a "billing-details" -d 'Set an affiliate\'s billing details (settlement skips accounts without them)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from trackdesk" -f -a "payment-methods" -d 'Add or update an affiliate\'s payment methods; list the supported types'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from trackdesk" -f -a "tipalti" -d 'Pay a settlement\'s Tipalti rows: `tipalti payable|pay|status SETTLEMENT_ID`'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from trackdesk" -f -a "actions" -d 'Conversions (what affiliates earn and advertisers pay), from the conversion report. Reads only'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from trackdesk" -f -a "adjust" -d 'Set the status of conversions, one request each (approve, reject, refund, …)'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from trackdesk" -f -a "receivables" -d 'Advertisers\' open balances: what they owe the program. Reads only'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from trackdesk" -f -a "claims" -d 'Advertiser settlements (claims); `claims show ID`, `claims delete ID…`'
complete -c affpay -n "__fish_affpay_using_subcommand help; and __fish_seen_subcommand_from trackdesk" -f -a "claim" -d 'Create advertiser settlements (claims) from advertisers\' open balances, one each'
