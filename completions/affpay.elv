
use builtin;
use str;

set edit:completion:arg-completer[affpay] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'affpay'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'affpay'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand balance 'Every configured provider''s balances in one schema: what we owe and what we are owed'
            cand payouts 'Recent payouts of every configured provider in one schema: made and received'
            cand auth 'Store, inspect and remove provider credentials'
            cand config 'Read and change settings in config.toml'
            cand journal 'What was paid, when and why: the journal of money-moving requests'
            cand providers 'What affpay can do with each provider, and how each configured profile reaches it'
            cand completions 'Print a shell completion script to stdout'
            cand sandbox 'Run the local simulator of the provider APIs'
            cand travelpayouts 'Travelpayouts: balance, actions and payouts (finance v2 API)'
            cand tp 'Travelpayouts: balance, actions and payouts (finance v2 API)'
            cand smartico 'Smartico TAP: affiliates'' balances, commissions, payments and adjustments (operator API)'
            cand affonso 'Affonso: commissions, derived balances, payouts; settle, cancel, adjust'
            cand billon 'Billon payout panel: create payouts singly or from a CSV, cancel them'
            cand trackdesk 'Trackdesk: open balances, settlements and their statuses, Tipalti payouts, conversions, what advertisers owe, billing details, payment methods'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;balance'= {
            cand --provider 'Only this provider (name or alias)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all-profiles 'Every profile in config.toml and the credentials file, not only --profile'
            cand --totals 'Print only the totals: one row per direction and currency'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;payouts'= {
            cand --provider 'Only this provider (name or alias)'
            cand --since 'Payouts created on or after this day (YYYY-MM-DD, UTC; default: 30 days ago)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all-profiles 'Every profile in config.toml and the credentials file, not only --profile'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;auth'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Store a provider''s secret: hidden prompt on a terminal, or stdin with --with-token'
            cand status 'Show where each provider''s secret comes from, masked'
            cand logout 'Remove a provider''s stored secret (keyring and file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;auth;login'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --with-token 'Read the secret from standard input instead of prompting'
            cand --insecure-storage 'Store the secret in credentials.toml (mode 0600) instead of the OS keyring'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;auth;status'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --check 'Also try each of the profile''s credentials with one cheap read call (a login for Billon): exit 3 if none is configured or one is missing, 4 if one is refused'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;auth;logout'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;auth;help'= {
            cand login 'Store a provider''s secret: hidden prompt on a terminal, or stdin with --with-token'
            cand status 'Show where each provider''s secret comes from, masked'
            cand logout 'Remove a provider''s stored secret (keyring and file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;auth;help;login'= {
        }
        &'affpay;auth;help;status'= {
        }
        &'affpay;auth;help;logout'= {
        }
        &'affpay;auth;help;help'= {
        }
        &'affpay;config'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set a setting of the profile: PROVIDER.KEY VALUE'
            cand get 'Print a setting of the profile'
            cand unset 'Remove a setting of the profile'
            cand list 'List the profile''s settings and every key that can be set'
            cand path 'Print the path of config.toml'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;config;set'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;config;get'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;config;unset'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;config;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;config;path'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;config;help'= {
            cand set 'Set a setting of the profile: PROVIDER.KEY VALUE'
            cand get 'Print a setting of the profile'
            cand unset 'Remove a setting of the profile'
            cand list 'List the profile''s settings and every key that can be set'
            cand path 'Print the path of config.toml'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;config;help;set'= {
        }
        &'affpay;config;help;get'= {
        }
        &'affpay;config;help;unset'= {
        }
        &'affpay;config;help;list'= {
        }
        &'affpay;config;help;path'= {
        }
        &'affpay;config;help;help'= {
        }
        &'affpay;journal'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List entries, oldest first: a compact table for people, every field in -o json/csv'
            cand export 'Every entry with every field, oldest first: the audit trail (CSV unless -o says otherwise)'
            cand show 'Show one entry, with the request that was sent (no secret in it)'
            cand resolve 'Record the outcome of requests left `sending`, after checking with the provider'
            cand migrate 'Copy a SQLite journal into another journal (a PostgreSQL database): every row as it is, rows already there left alone, then every row checked; running it again copies nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;journal;list'= {
            cand --provider 'Only this provider''s entries'
            cand --state 'Only entries in this state: sending, succeeded or failed'
            cand --operation 'Only this operation''s entries (settle, adjust, cancel, …)'
            cand --since 'Only entries created on or after this date (YYYY-MM-DD, UTC)'
            cand --until 'Only entries created on or before this date (YYYY-MM-DD, UTC)'
            cand --limit 'At most this many entries (the newest ones)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --wide 'Every field in the table too (machine formats always carry every field)'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;journal;export'= {
            cand --provider 'Only this provider''s entries'
            cand --state 'Only entries in this state: sending, succeeded or failed'
            cand --operation 'Only this operation''s entries (settle, adjust, cancel, …)'
            cand --since 'Only entries created on or after this date (YYYY-MM-DD, UTC)'
            cand --until 'Only entries created on or before this date (YYYY-MM-DD, UTC)'
            cand --limit 'At most this many entries (the newest ones)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --wide 'Every field in the table too (machine formats always carry every field)'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;journal;show'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;journal;resolve'= {
            cand --as 'What the provider''s records show: succeeded (never sent again) or failed (a later run may send it again)'
            cand --reason 'Why: what the provider''s records showed (kept with who resolved it and when)'
            cand --reference 'The provider''s reference for what it did (a payment id), with one key'
            cand --provider 'With --all-unknown: only this provider''s entries'
            cand --since 'With --all-unknown: only entries created on or after this date (YYYY-MM-DD, UTC)'
            cand --scope 'The account scope (base URL) of the entry, when the same key is unresolved in more than one (see `journal list --wide`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all-unknown 'Every entry still `sending`, narrowed by --provider and --since'
            cand --succeeded 'Short for --as succeeded'
            cand --failed 'Short for --as failed'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;journal;migrate'= {
            cand --to 'The journal to copy into (default: the configured journal.url or AFFPAY_JOURNAL_URL)'
            cand --from 'The SQLite journal to copy (default: journal.sqlite3 in the data directory)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;journal;help'= {
            cand list 'List entries, oldest first: a compact table for people, every field in -o json/csv'
            cand export 'Every entry with every field, oldest first: the audit trail (CSV unless -o says otherwise)'
            cand show 'Show one entry, with the request that was sent (no secret in it)'
            cand resolve 'Record the outcome of requests left `sending`, after checking with the provider'
            cand migrate 'Copy a SQLite journal into another journal (a PostgreSQL database): every row as it is, rows already there left alone, then every row checked; running it again copies nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;journal;help;list'= {
        }
        &'affpay;journal;help;export'= {
        }
        &'affpay;journal;help;show'= {
        }
        &'affpay;journal;help;resolve'= {
        }
        &'affpay;journal;help;migrate'= {
        }
        &'affpay;journal;help;help'= {
        }
        &'affpay;providers'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;completions'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;sandbox'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the simulator on 127.0.0.1 until stopped, and print how to point affpay at it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;sandbox;serve'= {
            cand --port 'Port to listen on (0 picks a free one)'
            cand --seed 'Seed of the generated data: the same seed gives the same data'
            cand --url-file 'Write the base URL to this file once listening (for scripts)'
            cand --travelpayouts-actions 'Number of simulated Travelpayouts actions'
            cand --travelpayouts-rate-limit 'Answer 429 (no Retry-After) to Travelpayouts requests beyond N a minute, until the minute ends (0: no limit)'
            cand --travelpayouts-rate-window 'Length of the rate limit''s minute window, shorter for tests'
            cand --travelpayouts-delay-ms 'Delay every Travelpayouts answer by this many milliseconds'
            cand --smartico-affiliates 'Number of simulated Smartico affiliates'
            cand --smartico-reject-every 'Reject every Nth Smartico payment (0: never)'
            cand --smartico-drop-every 'Record every Nth Smartico payment but break the connection instead of answering (0: never)'
            cand --smartico-delay-ms 'Delay every Smartico answer by this many milliseconds'
            cand --affonso-commissions 'Number of simulated Affonso commissions'
            cand --affonso-rate-limit 'Answer 429 once more than N Affonso requests arrive in one second (0: never)'
            cand --billon-funds 'Funds on the simulated Billon panel account'
            cand --billon-token-ttl-secs 'Lifetime of simulated Billon tokens'
            cand --trackdesk-accounts 'Number of simulated Trackdesk affiliate accounts'
            cand --trackdesk-rate-limit 'Answer 429 to Trackdesk requests beyond N a second (0: no limit)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;sandbox;help'= {
            cand serve 'Serve the simulator on 127.0.0.1 until stopped, and print how to point affpay at it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;sandbox;help;serve'= {
        }
        &'affpay;sandbox;help;help'= {
        }
        &'affpay;travelpayouts'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand balance 'Balance and next payout, one row per currency'
            cand actions 'Actions (commissions) affecting the balance; `actions show ID` for one action'
            cand payouts 'Payouts already made; `payouts next` and `payouts actions UUID` for more'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;tp'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand balance 'Balance and next payout, one row per currency'
            cand actions 'Actions (commissions) affecting the balance; `actions show ID` for one action'
            cand payouts 'Payouts already made; `payouts next` and `payouts actions UUID` for more'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;travelpayouts;balance'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;tp;balance'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;travelpayouts;actions'= {
            cand --currency 'Currency of the amounts (default: travelpayouts.currency, else usd)'
            cand --state 'Only actions in this state'
            cand --campaign 'Only actions of this affiliate program (campaign id)'
            cand --action 'Only this action id, like 100:012345678'
            cand --from 'Actions created on or after this date (YYYY-MM-DD)'
            cand --until 'Actions created on or before this date (YYYY-MM-DD)'
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'One action with its history and metadata'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;travelpayouts;actions;show'= {
            cand --currency 'Currency of the amounts'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;travelpayouts;actions;help'= {
            cand show 'One action with its history and metadata'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;travelpayouts;actions;help;show'= {
        }
        &'affpay;travelpayouts;actions;help;help'= {
        }
        &'affpay;tp;actions'= {
            cand --currency 'Currency of the amounts (default: travelpayouts.currency, else usd)'
            cand --state 'Only actions in this state'
            cand --campaign 'Only actions of this affiliate program (campaign id)'
            cand --action 'Only this action id, like 100:012345678'
            cand --from 'Actions created on or after this date (YYYY-MM-DD)'
            cand --until 'Actions created on or before this date (YYYY-MM-DD)'
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'One action with its history and metadata'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;tp;actions;show'= {
            cand --currency 'Currency of the amounts'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;tp;actions;help'= {
            cand show 'One action with its history and metadata'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;tp;actions;help;show'= {
        }
        &'affpay;tp;actions;help;help'= {
        }
        &'affpay;travelpayouts;payouts'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand next 'The amount of the next payout, per currency'
            cand actions 'The actions a payout paid'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;travelpayouts;payouts;next'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;travelpayouts;payouts;actions'= {
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;travelpayouts;payouts;help'= {
            cand next 'The amount of the next payout, per currency'
            cand actions 'The actions a payout paid'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;travelpayouts;payouts;help;next'= {
        }
        &'affpay;travelpayouts;payouts;help;actions'= {
        }
        &'affpay;travelpayouts;payouts;help;help'= {
        }
        &'affpay;tp;payouts'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand next 'The amount of the next payout, per currency'
            cand actions 'The actions a payout paid'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;tp;payouts;next'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;tp;payouts;actions'= {
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;tp;payouts;help'= {
            cand next 'The amount of the next payout, per currency'
            cand actions 'The actions a payout paid'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;tp;payouts;help;next'= {
        }
        &'affpay;tp;payouts;help;actions'= {
        }
        &'affpay;tp;payouts;help;help'= {
        }
        &'affpay;travelpayouts;help'= {
            cand balance 'Balance and next payout, one row per currency'
            cand actions 'Actions (commissions) affecting the balance; `actions show ID` for one action'
            cand payouts 'Payouts already made; `payouts next` and `payouts actions UUID` for more'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;travelpayouts;help;balance'= {
        }
        &'affpay;travelpayouts;help;actions'= {
            cand show 'One action with its history and metadata'
        }
        &'affpay;travelpayouts;help;actions;show'= {
        }
        &'affpay;travelpayouts;help;payouts'= {
            cand next 'The amount of the next payout, per currency'
            cand actions 'The actions a payout paid'
        }
        &'affpay;travelpayouts;help;payouts;next'= {
        }
        &'affpay;travelpayouts;help;payouts;actions'= {
        }
        &'affpay;travelpayouts;help;help'= {
        }
        &'affpay;tp;help'= {
            cand balance 'Balance and next payout, one row per currency'
            cand actions 'Actions (commissions) affecting the balance; `actions show ID` for one action'
            cand payouts 'Payouts already made; `payouts next` and `payouts actions UUID` for more'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;tp;help;balance'= {
        }
        &'affpay;tp;help;actions'= {
            cand show 'One action with its history and metadata'
        }
        &'affpay;tp;help;actions;show'= {
        }
        &'affpay;tp;help;payouts'= {
            cand next 'The amount of the next payout, per currency'
            cand actions 'The actions a payout paid'
        }
        &'affpay;tp;help;payouts;next'= {
        }
        &'affpay;tp;help;payouts;actions'= {
        }
        &'affpay;tp;help;help'= {
        }
        &'affpay;smartico'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand balance 'Affiliates'' unpaid balances, thresholds and lifetime totals'
            cand actions 'Commissions and balance changes per affiliate, by day, month, year or lifetime'
            cand settle 'Record payments: one affiliate, every affiliate above threshold, or a CSV'
            cand adjust 'Adjust an affiliate''s balance (positive or negative)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;smartico;balance'= {
            cand --due-until 'Only balances due up to this date or datetime (YYYY-MM-DD or RFC 3339)'
            cand --affiliate 'Only this affiliate'
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --above-threshold 'Only affiliates whose balance is above their payment threshold'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;smartico;actions'= {
            cand --aggregation-period 'Rows per affiliate and day, month or year, or one per affiliate (lifetime)'
            cand --period 'Rows per affiliate and day, month or year, or one per affiliate (lifetime)'
            cand --from 'First day, inclusive (YYYY-MM-DD)'
            cand --until 'Last day, inclusive (YYYY-MM-DD); sent as date_to, the next day, which TAP excludes'
            cand --affiliate 'Only this affiliate'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;smartico;settle'= {
            cand --affiliate 'Pay this affiliate (with --amount)'
            cand --amount 'Amount in the operator currency, at most 2 decimals'
            cand --period-from 'Start of the period paid for (YYYY-MM-DD or RFC 3339)'
            cand --period-to 'End of the period paid for; a date means the end of that day (UTC)'
            cand --due-until 'With --above-threshold: only balances due up to this date or datetime'
            cand --min-amount 'With --above-threshold: skip balances below this amount'
            cand --from-csv 'Pay the rows of this CSV (affiliate_id,amount[,comment,details]); - for stdin'
            cand --comment 'Internal comment, not shown to the affiliate'
            cand --details 'Payment details shown to the affiliate'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --above-threshold 'Pay every affiliate above threshold its balance, rounded down to cents'
            cand --notify 'Email the affiliate that the payment was made'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;smartico;adjust'= {
            cand --affiliate 'The affiliate whose balance changes'
            cand --amount 'Amount in the operator currency: positive or negative, not zero, at most 2 decimals'
            cand --type 'Adjustment type id (the vendor says to always use 5)'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;smartico;help'= {
            cand balance 'Affiliates'' unpaid balances, thresholds and lifetime totals'
            cand actions 'Commissions and balance changes per affiliate, by day, month, year or lifetime'
            cand settle 'Record payments: one affiliate, every affiliate above threshold, or a CSV'
            cand adjust 'Adjust an affiliate''s balance (positive or negative)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;smartico;help;balance'= {
        }
        &'affpay;smartico;help;actions'= {
        }
        &'affpay;smartico;help;settle'= {
        }
        &'affpay;smartico;help;adjust'= {
        }
        &'affpay;smartico;help;help'= {
        }
        &'affpay;affonso'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand actions 'Commissions; `actions show ID` for one'
            cand balance 'Balances per affiliate and currency, computed from all commissions'
            cand payouts 'Payouts; `payouts show ID` for one with its transactions'
            cand settle 'Mark payouts completed (or processing) after paying them'
            cand cancel 'Cancel payouts'
            cand adjust 'Change a commission''s amount, status or hold period'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;affonso;actions'= {
            cand --status 'Only commissions with this status (pending, ready_for_payment, paid, …)'
            cand --sales-status 'Only commissions whose sale has this status (open, complete, refunded, …)'
            cand --affiliate 'Only this affiliate''s commissions'
            cand --referral 'Only this referral''s commissions'
            cand --from 'Created on or after this date (YYYY-MM-DD)'
            cand --until 'Created on or before this date (YYYY-MM-DD)'
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'One commission'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;affonso;actions;show'= {
            cand --expand 'Related data to include: affiliate, referral, affiliate_program (comma-separated)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;affonso;actions;help'= {
            cand show 'One commission'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;affonso;actions;help;show'= {
        }
        &'affpay;affonso;actions;help;help'= {
        }
        &'affpay;affonso;balance'= {
            cand --affiliate 'Only this affiliate'
            cand --from 'Only commissions created on or after this date (YYYY-MM-DD)'
            cand --until 'Only commissions created on or before this date (YYYY-MM-DD)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;affonso;payouts'= {
            cand --status 'Only payouts with this status (pending, processing, completed, failed, cancelled)'
            cand --affiliate 'Only this affiliate''s payouts'
            cand --from 'Created on or after this date (YYYY-MM-DD)'
            cand --until 'Created on or before this date (YYYY-MM-DD)'
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'One payout with its transactions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;affonso;payouts;show'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;affonso;payouts;help'= {
            cand show 'One payout with its transactions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;affonso;payouts;help;show'= {
        }
        &'affpay;affonso;payouts;help;help'= {
        }
        &'affpay;affonso;settle'= {
            cand --method 'How they were paid (at most 50 characters)'
            cand --reference 'The payment''s reference (at most 255 characters)'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --processing 'Mark them processing instead of completed'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;affonso;cancel'= {
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;affonso;adjust'= {
            cand --amount 'New commission amount (zero or more, at most 2 decimals)'
            cand --status 'New status'
            cand --hold-days 'New hold period in days'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;affonso;help'= {
            cand actions 'Commissions; `actions show ID` for one'
            cand balance 'Balances per affiliate and currency, computed from all commissions'
            cand payouts 'Payouts; `payouts show ID` for one with its transactions'
            cand settle 'Mark payouts completed (or processing) after paying them'
            cand cancel 'Cancel payouts'
            cand adjust 'Change a commission''s amount, status or hold period'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;affonso;help;actions'= {
            cand show 'One commission'
        }
        &'affpay;affonso;help;actions;show'= {
        }
        &'affpay;affonso;help;balance'= {
        }
        &'affpay;affonso;help;payouts'= {
            cand show 'One payout with its transactions'
        }
        &'affpay;affonso;help;payouts;show'= {
        }
        &'affpay;affonso;help;settle'= {
        }
        &'affpay;affonso;help;cancel'= {
        }
        &'affpay;affonso;help;adjust'= {
        }
        &'affpay;affonso;help;help'= {
        }
        &'affpay;billon'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand settle 'Create payouts: one from the options, or one per row of a CSV'
            cand cancel 'Cancel payouts (irreversible; releases the funds they block)'
            cand payouts 'The payouts affpay created (local records: the panel has no list endpoint)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;billon;settle'= {
            cand --from-csv 'Pay the rows of this CSV; - for stdin'
            cand --amount 'Amount to pay out, at most 2 decimals'
            cand --currency 'Currency code, like PLN or GBP'
            cand --project 'Project name (created by the panel if it does not exist)'
            cand --description 'Payout description'
            cand --user 'Recipient user name'
            cand --phone 'Recipient phone number'
            cand --reference 'Recipient reference id'
            cand --first-name 'Recipient first name'
            cand --last-name 'Recipient last name'
            cand --email 'Recipient email'
            cand --valid-from 'Start of validity (YYYY-MM-DD or RFC 3339; default now)'
            cand --valid-until 'End of validity (YYYY-MM-DD meaning the end of that day, or RFC 3339; default 30 days after the start)'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --notify 'Notify the recipient'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;billon;cancel'= {
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;billon;payouts'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;billon;help'= {
            cand settle 'Create payouts: one from the options, or one per row of a CSV'
            cand cancel 'Cancel payouts (irreversible; releases the funds they block)'
            cand payouts 'The payouts affpay created (local records: the panel has no list endpoint)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;billon;help;settle'= {
        }
        &'affpay;billon;help;cancel'= {
        }
        &'affpay;billon;help;payouts'= {
        }
        &'affpay;billon;help;help'= {
        }
        &'affpay;trackdesk'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand balance 'Open balances per affiliate account; `balance show ACCOUNT_ID` for one account'
            cand settle 'Settle open balances: one settlement with an account settlement per affiliate'
            cand payouts 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`'
            cand cancel 'Delete account settlements, or a whole settlement with --settlement; their amounts become open balances again'
            cand billing-details 'Set an affiliate''s billing details (settlement skips accounts without them)'
            cand payment-methods 'Add or update an affiliate''s payment methods; list the supported types'
            cand tipalti 'Pay a settlement''s Tipalti rows: `tipalti payable|pay|status SETTLEMENT_ID`'
            cand actions 'Conversions (what affiliates earn and advertisers pay), from the conversion report. Reads only'
            cand adjust 'Set the status of conversions, one request each (approve, reject, refund, …)'
            cand receivables 'Advertisers'' open balances: what they owe the program. Reads only'
            cand claims 'Advertiser settlements (claims); `claims show ID`, `claims delete ID…`'
            cand claim 'Create advertiser settlements (claims) from advertisers'' open balances, one each'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;balance'= {
            cand --until 'Only what was earned up to this moment (YYYY-MM-DD is the end of that day, UTC; or an RFC 3339 datetime)'
            cand --min-amount 'Only accounts whose open balance is at least X'
            cand --payment-method 'Only accounts whose default payment method has this type (repeatable): paypal, sepa, bank-transfer, wise, … (see `payment-methods types`)'
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'One account''s balances: open, on hold, settled, and their parts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;balance;show'= {
            cand --until 'Balances up to this moment (default: now)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;balance;help'= {
            cand show 'One account''s balances: open, on hold, settled, and their parts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;balance;help;show'= {
        }
        &'affpay;trackdesk;balance;help;help'= {
        }
        &'affpay;trackdesk;settle'= {
            cand --account 'Settle only these accounts (repeatable; default: every account the filter selects)'
            cand --until 'Only what was earned up to this moment (YYYY-MM-DD is the end of that day, UTC; or an RFC 3339 datetime)'
            cand --min-amount 'Only accounts whose open balance is at least X'
            cand --payment-method 'Only accounts whose default payment method has this type (repeatable): paypal, sepa, bank-transfer, wise, … (see `payment-methods types`)'
            cand --note 'A note stored with the settlement'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;payouts'= {
            cand --from 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)'
            cand --to 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)'
            cand --account 'Only this affiliate account''s settlements'
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand settlements 'Settlements, with how many of their account settlements are in each status'
            cand show 'One settlement with its account settlements'
            cand mark 'Set the status of account settlements, one request each (`error` is Trackdesk''s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;payouts;settlements'= {
            cand --from 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)'
            cand --to 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)'
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;payouts;show'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;payouts;mark'= {
            cand --status 'The new status: new, in-progress or paid'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;payouts;help'= {
            cand settlements 'Settlements, with how many of their account settlements are in each status'
            cand show 'One settlement with its account settlements'
            cand mark 'Set the status of account settlements, one request each (`error` is Trackdesk''s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;payouts;help;settlements'= {
        }
        &'affpay;trackdesk;payouts;help;show'= {
        }
        &'affpay;trackdesk;payouts;help;mark'= {
        }
        &'affpay;trackdesk;payouts;help;help'= {
        }
        &'affpay;trackdesk;cancel'= {
            cand --settlement 'Delete this whole settlement with all its account settlements'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --allow-paid 'Allow deleting a settlement some of whose account settlements are paid or in progress (their amounts become open again, and a later settle would pay them twice)'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;billing-details'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Create or replace an affiliate account''s billing details'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;billing-details;set'= {
            cand --account 'The affiliate account'
            cand --name 'Company or person name'
            cand --country 'Country, ISO 3166 alpha-2 (CZ, US, …)'
            cand --address-line1 'address-line1'
            cand --address-line2 'address-line2'
            cand --city 'city'
            cand --postal-code 'postal-code'
            cand --subdivision 'Subdivision, ISO 3166-2 (the part after the country: CA for US-CA)'
            cand --vat 'Tax or VAT id'
            cand --invoicing-email 'invoicing-email'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;billing-details;help'= {
            cand set 'Create or replace an affiliate account''s billing details'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;billing-details;help;set'= {
        }
        &'affpay;trackdesk;billing-details;help;help'= {
        }
        &'affpay;trackdesk;payment-methods'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a payment method to an affiliate account'
            cand update 'Change a payment method''s details or currency'
            cand types 'The payment method types the program supports, their currencies and fields'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;payment-methods;add'= {
            cand --account 'The affiliate account'
            cand --type 'paypal, sepa, bank-transfer, wise, payoneer, … (see `payment-methods types`)'
            cand --currency 'Currency paid out with this method (ISO 4217)'
            cand --email 'email'
            cand --iban 'iban'
            cand --bic 'bic'
            cand --beneficiary-name 'beneficiary-name'
            cand --bank-account-number 'bank-account-number'
            cand --bank-name 'bank-name'
            cand --bank-address 'bank-address'
            cand --swift 'swift'
            cand --aba 'aba'
            cand --account-number 'account-number'
            cand --account-holder 'account-holder'
            cand --routing-number 'routing-number'
            cand --revolut-tag 'revolut-tag'
            cand --phone-number 'phone-number'
            cand --wallet-address 'wallet-address'
            cand --first-name 'first-name'
            cand --last-name 'last-name'
            cand --identification 'A gift card, credit store or custom method''s identification'
            cand --name 'A custom method''s name'
            cand --payee-id 'payee-id'
            cand --note 'An internal note'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;payment-methods;update'= {
            cand --type 'The method''s type (its details are replaced with the fields given)'
            cand --currency 'A new currency (ISO 4217)'
            cand --email 'email'
            cand --iban 'iban'
            cand --bic 'bic'
            cand --beneficiary-name 'beneficiary-name'
            cand --bank-account-number 'bank-account-number'
            cand --bank-name 'bank-name'
            cand --bank-address 'bank-address'
            cand --swift 'swift'
            cand --aba 'aba'
            cand --account-number 'account-number'
            cand --account-holder 'account-holder'
            cand --routing-number 'routing-number'
            cand --revolut-tag 'revolut-tag'
            cand --phone-number 'phone-number'
            cand --wallet-address 'wallet-address'
            cand --first-name 'first-name'
            cand --last-name 'last-name'
            cand --identification 'A gift card, credit store or custom method''s identification'
            cand --name 'A custom method''s name'
            cand --payee-id 'payee-id'
            cand --note 'An internal note'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;payment-methods;types'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;payment-methods;help'= {
            cand add 'Add a payment method to an affiliate account'
            cand update 'Change a payment method''s details or currency'
            cand types 'The payment method types the program supports, their currencies and fields'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;payment-methods;help;add'= {
        }
        &'affpay;trackdesk;payment-methods;help;update'= {
        }
        &'affpay;trackdesk;payment-methods;help;types'= {
        }
        &'affpay;trackdesk;payment-methods;help;help'= {
        }
        &'affpay;trackdesk;tipalti'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand payable 'The settlement''s account settlements that Tipalti can pay, and those still unpaid. Reads only'
            cand pay 'Send the settlement''s payable rows to Tipalti as one payment batch'
            cand status 'Refresh a payment batch''s status from Tipalti and show the settlement''s batches'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;tipalti;payable'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;tipalti;pay'= {
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;tipalti;status'= {
            cand --payment-batch 'The payment batch (the `reference` of `tipalti pay`); default: the latest'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;tipalti;help'= {
            cand payable 'The settlement''s account settlements that Tipalti can pay, and those still unpaid. Reads only'
            cand pay 'Send the settlement''s payable rows to Tipalti as one payment batch'
            cand status 'Refresh a payment batch''s status from Tipalti and show the settlement''s batches'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;tipalti;help;payable'= {
        }
        &'affpay;trackdesk;tipalti;help;pay'= {
        }
        &'affpay;trackdesk;tipalti;help;status'= {
        }
        &'affpay;trackdesk;tipalti;help;help'= {
        }
        &'affpay;trackdesk;actions'= {
            cand --from 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)'
            cand --to 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)'
            cand --status 'Only conversions in this status (repeatable): approved, pending, on-hold, rejected, …'
            cand --affiliate 'Only this affiliate''s conversions (repeatable; the affiliate account id)'
            cand --conversion 'Only these conversions (repeatable)'
            cand --offer 'Only this offer''s conversions (repeatable)'
            cand --advertiser 'Only this advertiser''s conversions (repeatable)'
            cand --settlement 'Only the conversions of this settlement (repeatable)'
            cand --currency 'Only conversions in this currency (repeatable, ISO 4217)'
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;adjust'= {
            cand --status 'The new status: approved, pending, on-hold, rejected, refunded, fraud, …'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;receivables'= {
            cand --until 'Balances up to this moment (YYYY-MM-DD is the end of that day, UTC; default: now — Trackdesk requires one, so it is always sent)'
            cand --min-amount 'Only advertisers whose open balance is at least X'
            cand --tag 'Only advertisers with this tag (repeatable; any of them)'
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;claims'= {
            cand --from 'Created at or after this moment (YYYY-MM-DD is the start of that day, UTC)'
            cand --to 'Created at or before this moment (YYYY-MM-DD is the end of that day, UTC)'
            cand --limit 'Fetch N rows, across as many pages as needed (default: the first page)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --all 'Fetch every row'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'One advertiser settlement, with the billing details it was issued to'
            cand delete 'Delete advertiser settlements: their amounts become open balances again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;claims;show'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;claims;delete'= {
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;claims;help'= {
            cand show 'One advertiser settlement, with the billing details it was issued to'
            cand delete 'Delete advertiser settlements: their amounts become open balances again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;claims;help;show'= {
        }
        &'affpay;trackdesk;claims;help;delete'= {
        }
        &'affpay;trackdesk;claims;help;help'= {
        }
        &'affpay;trackdesk;claim'= {
            cand --advertiser 'Claim only from these advertisers (repeatable; default: every advertiser the filter selects)'
            cand --until 'Balances up to this moment (YYYY-MM-DD is the end of that day, UTC; default: now — Trackdesk requires one, so it is always sent)'
            cand --min-amount 'Only advertisers whose open balance is at least X'
            cand --tag 'Only advertisers with this tag (repeatable; any of them)'
            cand --note 'A note stored with each advertiser settlement'
            cand --idempotency-key 'Idempotency key of a single operation (default: derived from provider, profile, operation, target, amount, currency and batch)'
            cand --batch 'Batch name, part of every derived key (default: today''s UTC date, so a rerun the same day sends nothing twice; name another batch to pay the same again on purpose)'
            cand --max-total 'Refuse the plan if its total in any currency exceeds X'
            cand --lock-timeout 'Seconds to wait for another money-moving run of the same provider and profile'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fields 'Columns to show, in this order (comma-separated field names)'
            cand --profile 'Profile: a named set of credentials and settings (letters, digits, _ and -; at most 64)'
            cand --timeout 'Seconds before an HTTP request is given up'
            cand --max-body-mb 'The largest answer read from a provider, in MiB; a larger one is an error'
            cand --max-rate-wait 'The longest time one request waits out a provider''s rate limit (HTTP 429), in seconds; past it the run fails with exit 6'
            cand --excel 'With -o csv: CSV for a spreadsheet — a UTF-8 byte order mark first, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with '''
            cand --sandbox 'Run against a built-in simulator with demo data and a dummy credential'
            cand -v 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --verbose 'Print one line per HTTP request to stderr (method, URL, status, time; no secrets)'
            cand --no-input 'Never prompt; fail instead when input would be needed'
            cand --yes 'Answer yes to confirmations (for cron jobs that move money)'
            cand --dry-run 'Show the requests that would move money, and send none of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'affpay;trackdesk;help'= {
            cand balance 'Open balances per affiliate account; `balance show ACCOUNT_ID` for one account'
            cand settle 'Settle open balances: one settlement with an account settlement per affiliate'
            cand payouts 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`'
            cand cancel 'Delete account settlements, or a whole settlement with --settlement; their amounts become open balances again'
            cand billing-details 'Set an affiliate''s billing details (settlement skips accounts without them)'
            cand payment-methods 'Add or update an affiliate''s payment methods; list the supported types'
            cand tipalti 'Pay a settlement''s Tipalti rows: `tipalti payable|pay|status SETTLEMENT_ID`'
            cand actions 'Conversions (what affiliates earn and advertisers pay), from the conversion report. Reads only'
            cand adjust 'Set the status of conversions, one request each (approve, reject, refund, …)'
            cand receivables 'Advertisers'' open balances: what they owe the program. Reads only'
            cand claims 'Advertiser settlements (claims); `claims show ID`, `claims delete ID…`'
            cand claim 'Create advertiser settlements (claims) from advertisers'' open balances, one each'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;trackdesk;help;balance'= {
            cand show 'One account''s balances: open, on hold, settled, and their parts'
        }
        &'affpay;trackdesk;help;balance;show'= {
        }
        &'affpay;trackdesk;help;settle'= {
        }
        &'affpay;trackdesk;help;payouts'= {
            cand settlements 'Settlements, with how many of their account settlements are in each status'
            cand show 'One settlement with its account settlements'
            cand mark 'Set the status of account settlements, one request each (`error` is Trackdesk''s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)'
        }
        &'affpay;trackdesk;help;payouts;settlements'= {
        }
        &'affpay;trackdesk;help;payouts;show'= {
        }
        &'affpay;trackdesk;help;payouts;mark'= {
        }
        &'affpay;trackdesk;help;cancel'= {
        }
        &'affpay;trackdesk;help;billing-details'= {
            cand set 'Create or replace an affiliate account''s billing details'
        }
        &'affpay;trackdesk;help;billing-details;set'= {
        }
        &'affpay;trackdesk;help;payment-methods'= {
            cand add 'Add a payment method to an affiliate account'
            cand update 'Change a payment method''s details or currency'
            cand types 'The payment method types the program supports, their currencies and fields'
        }
        &'affpay;trackdesk;help;payment-methods;add'= {
        }
        &'affpay;trackdesk;help;payment-methods;update'= {
        }
        &'affpay;trackdesk;help;payment-methods;types'= {
        }
        &'affpay;trackdesk;help;tipalti'= {
            cand payable 'The settlement''s account settlements that Tipalti can pay, and those still unpaid. Reads only'
            cand pay 'Send the settlement''s payable rows to Tipalti as one payment batch'
            cand status 'Refresh a payment batch''s status from Tipalti and show the settlement''s batches'
        }
        &'affpay;trackdesk;help;tipalti;payable'= {
        }
        &'affpay;trackdesk;help;tipalti;pay'= {
        }
        &'affpay;trackdesk;help;tipalti;status'= {
        }
        &'affpay;trackdesk;help;actions'= {
        }
        &'affpay;trackdesk;help;adjust'= {
        }
        &'affpay;trackdesk;help;receivables'= {
        }
        &'affpay;trackdesk;help;claims'= {
            cand show 'One advertiser settlement, with the billing details it was issued to'
            cand delete 'Delete advertiser settlements: their amounts become open balances again'
        }
        &'affpay;trackdesk;help;claims;show'= {
        }
        &'affpay;trackdesk;help;claims;delete'= {
        }
        &'affpay;trackdesk;help;claim'= {
        }
        &'affpay;trackdesk;help;help'= {
        }
        &'affpay;help'= {
            cand balance 'Every configured provider''s balances in one schema: what we owe and what we are owed'
            cand payouts 'Recent payouts of every configured provider in one schema: made and received'
            cand auth 'Store, inspect and remove provider credentials'
            cand config 'Read and change settings in config.toml'
            cand journal 'What was paid, when and why: the journal of money-moving requests'
            cand providers 'What affpay can do with each provider, and how each configured profile reaches it'
            cand completions 'Print a shell completion script to stdout'
            cand sandbox 'Run the local simulator of the provider APIs'
            cand travelpayouts 'Travelpayouts: balance, actions and payouts (finance v2 API)'
            cand smartico 'Smartico TAP: affiliates'' balances, commissions, payments and adjustments (operator API)'
            cand affonso 'Affonso: commissions, derived balances, payouts; settle, cancel, adjust'
            cand billon 'Billon payout panel: create payouts singly or from a CSV, cancel them'
            cand trackdesk 'Trackdesk: open balances, settlements and their statuses, Tipalti payouts, conversions, what advertisers owe, billing details, payment methods'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'affpay;help;balance'= {
        }
        &'affpay;help;payouts'= {
        }
        &'affpay;help;auth'= {
            cand login 'Store a provider''s secret: hidden prompt on a terminal, or stdin with --with-token'
            cand status 'Show where each provider''s secret comes from, masked'
            cand logout 'Remove a provider''s stored secret (keyring and file)'
        }
        &'affpay;help;auth;login'= {
        }
        &'affpay;help;auth;status'= {
        }
        &'affpay;help;auth;logout'= {
        }
        &'affpay;help;config'= {
            cand set 'Set a setting of the profile: PROVIDER.KEY VALUE'
            cand get 'Print a setting of the profile'
            cand unset 'Remove a setting of the profile'
            cand list 'List the profile''s settings and every key that can be set'
            cand path 'Print the path of config.toml'
        }
        &'affpay;help;config;set'= {
        }
        &'affpay;help;config;get'= {
        }
        &'affpay;help;config;unset'= {
        }
        &'affpay;help;config;list'= {
        }
        &'affpay;help;config;path'= {
        }
        &'affpay;help;journal'= {
            cand list 'List entries, oldest first: a compact table for people, every field in -o json/csv'
            cand export 'Every entry with every field, oldest first: the audit trail (CSV unless -o says otherwise)'
            cand show 'Show one entry, with the request that was sent (no secret in it)'
            cand resolve 'Record the outcome of requests left `sending`, after checking with the provider'
            cand migrate 'Copy a SQLite journal into another journal (a PostgreSQL database): every row as it is, rows already there left alone, then every row checked; running it again copies nothing'
        }
        &'affpay;help;journal;list'= {
        }
        &'affpay;help;journal;export'= {
        }
        &'affpay;help;journal;show'= {
        }
        &'affpay;help;journal;resolve'= {
        }
        &'affpay;help;journal;migrate'= {
        }
        &'affpay;help;providers'= {
        }
        &'affpay;help;completions'= {
        }
        &'affpay;help;sandbox'= {
            cand serve 'Serve the simulator on 127.0.0.1 until stopped, and print how to point affpay at it'
        }
        &'affpay;help;sandbox;serve'= {
        }
        &'affpay;help;travelpayouts'= {
            cand balance 'Balance and next payout, one row per currency'
            cand actions 'Actions (commissions) affecting the balance; `actions show ID` for one action'
            cand payouts 'Payouts already made; `payouts next` and `payouts actions UUID` for more'
        }
        &'affpay;help;travelpayouts;balance'= {
        }
        &'affpay;help;travelpayouts;actions'= {
            cand show 'One action with its history and metadata'
        }
        &'affpay;help;travelpayouts;actions;show'= {
        }
        &'affpay;help;travelpayouts;payouts'= {
            cand next 'The amount of the next payout, per currency'
            cand actions 'The actions a payout paid'
        }
        &'affpay;help;travelpayouts;payouts;next'= {
        }
        &'affpay;help;travelpayouts;payouts;actions'= {
        }
        &'affpay;help;smartico'= {
            cand balance 'Affiliates'' unpaid balances, thresholds and lifetime totals'
            cand actions 'Commissions and balance changes per affiliate, by day, month, year or lifetime'
            cand settle 'Record payments: one affiliate, every affiliate above threshold, or a CSV'
            cand adjust 'Adjust an affiliate''s balance (positive or negative)'
        }
        &'affpay;help;smartico;balance'= {
        }
        &'affpay;help;smartico;actions'= {
        }
        &'affpay;help;smartico;settle'= {
        }
        &'affpay;help;smartico;adjust'= {
        }
        &'affpay;help;affonso'= {
            cand actions 'Commissions; `actions show ID` for one'
            cand balance 'Balances per affiliate and currency, computed from all commissions'
            cand payouts 'Payouts; `payouts show ID` for one with its transactions'
            cand settle 'Mark payouts completed (or processing) after paying them'
            cand cancel 'Cancel payouts'
            cand adjust 'Change a commission''s amount, status or hold period'
        }
        &'affpay;help;affonso;actions'= {
            cand show 'One commission'
        }
        &'affpay;help;affonso;actions;show'= {
        }
        &'affpay;help;affonso;balance'= {
        }
        &'affpay;help;affonso;payouts'= {
            cand show 'One payout with its transactions'
        }
        &'affpay;help;affonso;payouts;show'= {
        }
        &'affpay;help;affonso;settle'= {
        }
        &'affpay;help;affonso;cancel'= {
        }
        &'affpay;help;affonso;adjust'= {
        }
        &'affpay;help;billon'= {
            cand settle 'Create payouts: one from the options, or one per row of a CSV'
            cand cancel 'Cancel payouts (irreversible; releases the funds they block)'
            cand payouts 'The payouts affpay created (local records: the panel has no list endpoint)'
        }
        &'affpay;help;billon;settle'= {
        }
        &'affpay;help;billon;cancel'= {
        }
        &'affpay;help;billon;payouts'= {
        }
        &'affpay;help;trackdesk'= {
            cand balance 'Open balances per affiliate account; `balance show ACCOUNT_ID` for one account'
            cand settle 'Settle open balances: one settlement with an account settlement per affiliate'
            cand payouts 'Account settlements (with status); `payouts settlements`, `payouts show ID`, `payouts mark ID… --status paid`'
            cand cancel 'Delete account settlements, or a whole settlement with --settlement; their amounts become open balances again'
            cand billing-details 'Set an affiliate''s billing details (settlement skips accounts without them)'
            cand payment-methods 'Add or update an affiliate''s payment methods; list the supported types'
            cand tipalti 'Pay a settlement''s Tipalti rows: `tipalti payable|pay|status SETTLEMENT_ID`'
            cand actions 'Conversions (what affiliates earn and advertisers pay), from the conversion report. Reads only'
            cand adjust 'Set the status of conversions, one request each (approve, reject, refund, …)'
            cand receivables 'Advertisers'' open balances: what they owe the program. Reads only'
            cand claims 'Advertiser settlements (claims); `claims show ID`, `claims delete ID…`'
            cand claim 'Create advertiser settlements (claims) from advertisers'' open balances, one each'
        }
        &'affpay;help;trackdesk;balance'= {
            cand show 'One account''s balances: open, on hold, settled, and their parts'
        }
        &'affpay;help;trackdesk;balance;show'= {
        }
        &'affpay;help;trackdesk;settle'= {
        }
        &'affpay;help;trackdesk;payouts'= {
            cand settlements 'Settlements, with how many of their account settlements are in each status'
            cand show 'One settlement with its account settlements'
            cand mark 'Set the status of account settlements, one request each (`error` is Trackdesk''s to set; Tipalti-managed rows follow Tipalti and refuse manual changes)'
        }
        &'affpay;help;trackdesk;payouts;settlements'= {
        }
        &'affpay;help;trackdesk;payouts;show'= {
        }
        &'affpay;help;trackdesk;payouts;mark'= {
        }
        &'affpay;help;trackdesk;cancel'= {
        }
        &'affpay;help;trackdesk;billing-details'= {
            cand set 'Create or replace an affiliate account''s billing details'
        }
        &'affpay;help;trackdesk;billing-details;set'= {
        }
        &'affpay;help;trackdesk;payment-methods'= {
            cand add 'Add a payment method to an affiliate account'
            cand update 'Change a payment method''s details or currency'
            cand types 'The payment method types the program supports, their currencies and fields'
        }
        &'affpay;help;trackdesk;payment-methods;add'= {
        }
        &'affpay;help;trackdesk;payment-methods;update'= {
        }
        &'affpay;help;trackdesk;payment-methods;types'= {
        }
        &'affpay;help;trackdesk;tipalti'= {
            cand payable 'The settlement''s account settlements that Tipalti can pay, and those still unpaid. Reads only'
            cand pay 'Send the settlement''s payable rows to Tipalti as one payment batch'
            cand status 'Refresh a payment batch''s status from Tipalti and show the settlement''s batches'
        }
        &'affpay;help;trackdesk;tipalti;payable'= {
        }
        &'affpay;help;trackdesk;tipalti;pay'= {
        }
        &'affpay;help;trackdesk;tipalti;status'= {
        }
        &'affpay;help;trackdesk;actions'= {
        }
        &'affpay;help;trackdesk;adjust'= {
        }
        &'affpay;help;trackdesk;receivables'= {
        }
        &'affpay;help;trackdesk;claims'= {
            cand show 'One advertiser settlement, with the billing details it was issued to'
            cand delete 'Delete advertiser settlements: their amounts become open balances again'
        }
        &'affpay;help;trackdesk;claims;show'= {
        }
        &'affpay;help;trackdesk;claims;delete'= {
        }
        &'affpay;help;trackdesk;claim'= {
        }
        &'affpay;help;help'= {
        }
    ]
    $completions[$command]
}
