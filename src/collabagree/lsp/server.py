"""The language server: diagnostics as you type, rule help on hover, suppression quick fixes.

Every open YAML document is checked on open, on each change and on save, as
`collabagree check` checks the file: same codes, severities, messages and positions, with
the configuration that applies to its path and its suppression comments. YAML that is not
an agreement gets no diagnostics. Checks run on the server's event loop, one change at a
time; a check of a few hundred lines takes milliseconds (bench/editor_feedback.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from collabagree import __version__
from collabagree.core.errors import CollabagreeError
from collabagree.core.findings import Finding
from collabagree.lsp.checking import DocumentChecker, is_yaml_document
from collabagree.lsp.diagnostics import SOURCE, to_diagnostic
from collabagree.lsp.positions import contains, document_lines, overlaps, position, span_range
from collabagree.lsp.suppress import TextInsert, file_suppression, line_suppression

log = logging.getLogger(__name__)

_WARM_UP = b"collabagree: 1\n"


@dataclass(frozen=True)
class CheckedDocument:
    """The findings last published for one document, with the text they belong to."""

    version: int | None
    text: str
    findings: tuple[tuple[Finding, types.Range], ...]


class AgreementServer(LanguageServer):
    """pygls server with the state of the open documents."""

    def __init__(self) -> None:
        super().__init__("collabagree", __version__)
        self.checker = DocumentChecker()
        self.checked: dict[str, CheckedDocument] = {}
        self.reported_errors: set[str] = set()

    def refresh(self, uri: str) -> None:
        """Check the document as it is now and publish its diagnostics."""
        document = self.workspace.get_text_document(uri)
        if not is_yaml_document(uri, document.language_id):
            return
        path = to_fs_path(uri) or uri
        text = document.source
        try:
            result = self.checker.check(path, text)
        except CollabagreeError as error:  # an unusable configuration file, say
            self._tell_once(str(error))
            findings: tuple[tuple[Finding, types.Range], ...] = ()
        else:
            lines = document_lines(text)
            findings = tuple((finding, span_range(lines, finding.span)) for finding in result.findings)
        self.checked[uri] = CheckedDocument(document.version, text, findings)
        lines = document_lines(text)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=document.version,
            diagnostics=[to_diagnostic(finding, lines) for finding, _ in findings]))

    def forget(self, uri: str) -> None:
        """Drop a closed document and clear its diagnostics."""
        self.checked.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def _tell_once(self, message: str) -> None:
        if message in self.reported_errors:
            return
        self.reported_errors.add(message)
        self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error,
                                                         message=f"collabagree: {message}"))


server = AgreementServer()


@server.feature(types.INITIALIZED)
def _initialized(ls: AgreementServer, params: types.InitializedParams) -> None:
    # Pay the one-off cost of importing the model and rules now, not at the first keystroke.
    from collabagree.check.pipeline import check_bytes
    from collabagree.check.settings import Settings
    from collabagree.lint.engine import Selection

    check_bytes("warm-up.yaml", _WARM_UP, Selection(Settings()))


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def _did_open(ls: AgreementServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.refresh(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def _did_change(ls: AgreementServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.refresh(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def _did_save(ls: AgreementServer, params: types.DidSaveTextDocumentParams) -> None:
    ls.refresh(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def _did_close(ls: AgreementServer, params: types.DidCloseTextDocumentParams) -> None:
    ls.forget(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_HOVER)
def _hover(ls: AgreementServer, params: types.HoverParams) -> types.Hover | None:
    from collabagree.lint.docs import rule_markdown

    checked = ls.checked.get(params.text_document.uri)
    if checked is None:
        return None
    here = [(finding, area) for finding, area in checked.findings if contains(area, params.position)]
    if not here:
        return None
    parts: list[str] = []
    for code in dict.fromkeys(finding.code for finding, _ in here):
        messages = [f"**{finding.code}** ({finding.name}, {finding.severity.value}): {finding.message}"
                    for finding, _ in here if finding.code == code]
        parts.append("\n\n".join(messages) + "\n\n" + rule_markdown(code, heading="###"))
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                    value="\n\n---\n\n".join(parts)),
                       range=here[0][1])


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
def _code_action(ls: AgreementServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
    uri = params.text_document.uri
    checked = ls.checked.get(uri)
    if checked is None:
        return None
    wanted = {(d.code, d.range.start.line, d.range.start.character)
              for d in params.context.diagnostics if d.source == SOURCE}
    actions: list[types.CodeAction] = []
    for finding, area in checked.findings:
        asked = (finding.code, area.start.line, area.start.character) in wanted
        if not asked and not overlaps(area, params.range):
            continue
        actions.extend(_suppression_actions(uri, checked.text, finding, to_diagnostic(
            finding, document_lines(checked.text))))
    return actions


def _suppression_actions(uri: str, text: str, finding: Finding,
                         diagnostic: types.Diagnostic) -> list[types.CodeAction]:
    """Quick fixes silencing one finding: on its line (unless it is line 1), then in the file."""
    actions: list[types.CodeAction] = []
    lines = document_lines(text)
    on_line = line_suppression(text, finding) if finding.span.line > 1 else None
    if on_line is not None:
        actions.append(_action(f"Suppress {finding.code} ({finding.name}) on this line", uri,
                               lines, on_line, diagnostic, preferred=True))
    in_file = file_suppression(text, finding)
    if in_file is not None:
        actions.append(_action(f"Suppress {finding.code} ({finding.name}) in this file", uri,
                               lines, in_file, diagnostic, preferred=on_line is None))
    return actions


def _action(title: str, uri: str, lines: list[str], insert: TextInsert,
            diagnostic: types.Diagnostic, preferred: bool) -> types.CodeAction:
    at = position(lines, insert.line, insert.column) if insert.line <= len(lines) else (
        types.Position(line=len(lines) - 1, character=len(lines[-1].encode("utf-16-le")) // 2))
    edit = types.TextEdit(range=types.Range(start=at, end=at), new_text=insert.text)
    return types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                            is_preferred=preferred, edit=types.WorkspaceEdit(changes={uri: [edit]}))


def run_server() -> int:
    """Serve over stdio until the editor says exit; returns the exit code."""
    server.start_io()
    return 0
