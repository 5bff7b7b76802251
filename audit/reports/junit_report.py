"""The JUnit XML report: one test case per document, one failure per finding at or above --fail-on.

Valid against the Jenkins/Ant JUnit schema (junit-10.xsd) that CI servers read. Findings below --fail-on are
listed in the test case's system-out, so they are visible without failing it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from audit import TOOL_NAME, __version__
from audit.findings import Finding
from audit.reports import ReportOptions
from audit.reports.summary import document_name, fails
from audit.runner import DocumentResult

# Characters XML 1.0 cannot carry, not even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> str:
    fail_on = (options or ReportOptions()).fail_on
    suites = ET.Element("testsuites", name=TOOL_NAME)
    suite = ET.SubElement(suites, "testsuite", name=TOOL_NAME, skipped="0")
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="version", value=__version__)
    ET.SubElement(properties, "property", name="fail-on", value=fail_on.value if fail_on else "never")
    failures = 0
    for result in results:
        doc = result.document
        case = ET.SubElement(suite, "testcase", name=_xml(document_name(doc)), classname=f"{TOOL_NAME}.{_xml(doc.id)}")
        failing = [f for f in result.findings if fails(f, fail_on)]
        for finding in failing:
            failure = ET.SubElement(case, "failure", type=finding.check, message=_xml(_headline(finding)))
            failure.text = _xml(_details(finding))
        passing = [f for f in result.findings if not fails(f, fail_on)]
        if passing:
            ET.SubElement(case, "system-out").text = _xml("\n\n".join(_details(f) for f in passing))
        failures += len(failing)
    for element in (suites, suite):
        element.set("tests", str(len(results)))
        element.set("failures", str(failures))
        element.set("errors", "0")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _headline(finding: Finding) -> str:
    return f"{finding.line}:{finding.column} {finding.severity.value} {finding.check}: {finding.message}"


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
    """Text XML can carry: characters it forbids become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)
