"""`collabagree preview`: a local web page showing the rendered agreement beside its findings.

- `page`: takes pandoc's standalone HTML apart (body, stylesheet, title, sections);
- `sections`: which section of the document a finding's YAML path concerns;
- `snapshot`: one check-and-render of the watched file, keeping the last good document;
- `hub`: rebuilds on change and hands the newest snapshot to every open page;
- `security`: the Host names answered, the Content-Security-Policy and other headers;
- `server`: the aiohttp application (fixed routes, Host check, security headers);
- `events`: the server-sent events stream;
- `watch`: watchfiles on the file's folder, for that one file;
- `command`: binding loopback sockets, serving, Ctrl-C.
"""
