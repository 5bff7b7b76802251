"""The JUnit XML report: one test case per document, failed by its findings at or above --fail-on.

Valid against the Jenkins/Ant JUnit schema (junit-10.xsd) that CI servers read. A failing test case has one
<failure>: its message counts the failing findings and names the most severe, its body lists them all. CI servers
read one failure per test case (Jenkins, Azure DevOps and CircleCI show only the first of several, GitLab does not
expect more than one), so all the findings are in the one they show. The suites' `failures` count test cases, as
`tests` does. Findings below --fail-on are listed in the test case's system-out, visible without failing it. An
input that could not be audited is a test case of its own with an <error> (counted in `errors`), as a test that
could not run is; a part of an input left unread (a bad line of a JSON Lines feed) one with <skipped> (counted in
`skipped`): the run passes, and the record the audit did not see is on the CI server's page.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from audit import TOOL_NAME, __version__
from audit.document import Document
from audit.errors import INPUT_ERROR
from audit.findings import Finding, Severity
from audit.inputs.problems import INPUT_PROBLEM
from audit.reports import ReportOptions, places
from audit.reports.summary import by_importance, count, document_name, fails, text_is_file, visible
from audit.runner import DocumentResult

_EXTENSION = re.compile(r"\.([^./\\]*)$")  # of the path's last part


def render(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> str:
    options = options or ReportOptions()
    fail_on = options.fail_on
    suites = ET.Element("testsuites", name=TOOL_NAME)
    suite = ET.SubElement(suites, "testsuite", name=TOOL_NAME, skipped=str(len(options.problems)))
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="version", value=__version__)
    ET.SubElement(properties, "property", name="fail-on", value=fail_on.value if fail_on else "never")
    failed = 0
    for failure in options.errors:  # an input that could not be audited: a test case in error, as JUnit has them
        case = ET.SubElement(suite, "testcase", name=_xml(failure.path), classname=f"{TOOL_NAME}.{INPUT_ERROR}")
        error = ET.SubElement(case, "error", type=INPUT_ERROR, message=_xml(failure.message))
        error.text = _xml(str(failure))
    for problem in options.problems:  # a part of an input left unread (a bad line of a feed): a skipped test case
        case = ET.SubElement(suite, "testcase", name=_xml(str(problem)), classname=f"{TOOL_NAME}.{INPUT_PROBLEM}")
        ET.SubElement(case, "skipped", message=_xml(problem.message))
    for result in results:
        doc = result.document
        case = ET.SubElement(suite, "testcase", **_names(doc))
        failing = by_importance(f for f in result.findings if fails(f, fail_on))
        if failing and fail_on is not None:
            _failure(case, failing, fail_on)
            failed += 1
        passing = [f for f in result.findings if not fails(f, fail_on)]
        if passing:
            ET.SubElement(case, "system-out").text = _xml("\n\n".join(_details(f) for f in passing))
    for element in (suites, suite):
        element.set("tests", str(len(results) + len(options.errors) + len(options.problems)))
        element.set("failures", str(failed))
        element.set("errors", str(len(options.errors)))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _names(doc: Document) -> dict[str, str]:
    """The test case's name and class name. A container file's item (a feed item, a JSON line, an XLIFF or TMX
    document) is named by its id and title, its class being its file, so that Jenkins groups the items under their
    file; as Jenkins cuts a class name at its last dot into package and class, the dot of the file's extension is
    written "_" (news_rss: a feed and its Atom twin, news.rss and news.atom, stay two classes). Other documents:
    their path, of the class `audit.ID`."""
    if doc.path and not text_is_file(doc):
        name = f"{doc.id} “{doc.title}”" if doc.title else doc.id
        return {"name": _xml(name), "classname": _xml(_EXTENSION.sub(r"_\1", doc.path))}
    return {"name": _xml(document_name(doc)), "classname": f"{TOOL_NAME}.{_xml(doc.id)}"}


def _failure(case: ET.Element, failing: list[Finding], fail_on: Severity) -> None:
    """The test case's one failure: the count and the most severe finding as its message, every finding in its body."""
    checks = ", ".join(dict.fromkeys(f.check for f in failing))
    message = _headline(failing[0])
    if len(failing) > 1:
        message = f"{count(len(failing), 'finding')} at {fail_on.value} or above; first: {message}"
    failure = ET.SubElement(case, "failure", type=_xml(checks), message=_xml(message))
    failure.text = _xml("\n\n".join(_details(f) for f in failing))


def _headline(finding: Finding) -> str:
    return f"{places.label(finding)} {finding.severity.value} {finding.check}: {finding.message}"


def _details(finding: Finding) -> str:
    lines = [
        _headline(finding),
        f"category: {finding.category}",
        f"span: {finding.start}..{finding.end} “{finding.text}”",
    ]
    if finding.suggestion is not None:
        lines.append(f"suggestion: {finding.suggestion}")
    return "\n".join(lines)


def _xml(text: str) -> str:
    """Text XML can carry and a CI log can show: control characters drawn, what XML forbids replaced."""
    return visible(text, keep="\t\n\r")
