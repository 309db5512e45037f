"""The forms of a page, read with html.parser the way a browser would submit them."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

TEXT_TYPES = {"text", "search", "email", "url", "tel", "password", ""}


@dataclass
class Control:
    name: str
    kind: str  # input type, or "textarea" / "select"
    value: str = ""
    checked: bool = False
    options: list[str] = field(default_factory=list)
    selected: list[str] = field(default_factory=list)

    @property
    def is_text(self) -> bool:
        return self.kind == "textarea" or self.kind in TEXT_TYPES


@dataclass
class Form:
    page: str  # the URL of the page the form is on
    action: str  # a path
    method: str
    controls: list[Control] = field(default_factory=list)
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (name, value)
    # Other endpoints the page's script posts this form's fields to (data-*-url).
    script_urls: list[str] = field(default_factory=list)

    @property
    def text_fields(self) -> list[str]:
        names = []
        for control in self.controls:
            if (
                control.is_text
                and control.name not in names
                and control.name != "csrfmiddlewaretoken"
            ):
                names.append(control.name)
        return names

    @property
    def signature(self) -> tuple:
        """What makes two forms the same form (the ids in the action aside)."""
        shape = "".join("#" if c.isdigit() else c for c in self.action)
        return (shape, self.method, tuple(sorted({c.name for c in self.controls})))

    def data(self, **values) -> dict:
        """What submitting the form as it is sends (the first submit button included),
        with `values` put in place of the named fields."""
        sent: dict[str, list[str]] = {}
        for control in self.controls:
            if control.kind in ("checkbox", "radio"):
                if control.checked:
                    sent.setdefault(control.name, []).append(control.value)
            elif control.kind == "select":
                picked = control.selected or control.options[:1]
                sent.setdefault(control.name, []).extend(picked)
            elif control.kind in ("submit", "button", "image", "reset", "file"):
                continue
            else:
                sent.setdefault(control.name, []).append(control.value)
        for control in self.controls:
            # A radio group with nothing checked: a person would pick the first choice.
            if control.kind == "radio" and control.name not in sent:
                sent[control.name] = [control.value]
        if self.buttons:
            name, value = self.buttons[0]
            if name:
                sent.setdefault(name, []).append(value)
        for name, value in values.items():
            sent[name] = [value]
        return {k: v if len(v) > 1 else v[0] for k, v in sent.items()}


class _FormReader(HTMLParser):
    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.page, self.forms, self.form = page, [], None
        self.textarea: Control | None = None
        self.select: Control | None = None
        self.option_value: str | None = None
        self.option_text = ""

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            action = urljoin(self.page, a.get("action") or self.page)
            self.form = Form(
                self.page, urlsplit(action).path + _query(action), a.get("method", "get").lower()
            )
            self.form.script_urls = [
                urlsplit(urljoin(self.page, v)).path
                for k, v in a.items()
                if k.startswith("data-") and k.endswith("-url") and v.startswith("/")
            ]
            self.forms.append(self.form)
        if self.form is None or ("name" not in a and tag not in ("button", "input")):
            if tag == "option" and self.select is not None:
                self.option_value, self.option_text = a.get("value"), ""
                if "selected" in a:
                    self.select.selected.append(a.get("value", ""))
            return
        if tag == "input":
            kind = a.get("type", "text").lower()
            if kind in ("submit", "image"):
                self.form.buttons.append((a.get("name", ""), a.get("value", "")))
            elif "name" in a:
                # A checkbox or radio without a value sends "on".
                default = "on" if kind in ("checkbox", "radio") else ""
                self.form.controls.append(
                    Control(a["name"], kind, a.get("value", default), checked="checked" in a)
                )
        elif tag == "button":
            if a.get("type", "submit").lower() == "submit":
                self.form.buttons.append((a.get("name", ""), a.get("value", "")))
        elif tag == "textarea":
            self.textarea = Control(a["name"], "textarea")
            self.form.controls.append(self.textarea)
        elif tag == "select":
            self.select = Control(a["name"], "select")
            self.form.controls.append(self.select)
        elif tag == "option" and self.select is not None:
            self.option_value, self.option_text = a.get("value"), ""
            if "selected" in a:
                self.select.selected.append(a.get("value", ""))

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea.value += data
        if self.option_value is not None or self.select is not None:
            self.option_text += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "textarea" and self.textarea is not None:
            # Browsers drop one newline right after <textarea>.
            if self.textarea.value.startswith("\n"):
                self.textarea.value = self.textarea.value[1:]
            self.textarea = None
        elif tag == "option" and self.select is not None:
            value = self.option_value if self.option_value is not None else self.option_text.strip()
            self.select.options.append(value)
            self.option_value = None
        elif tag == "select":
            self.select = None


def _query(url: str) -> str:
    query = urlsplit(url).query
    return f"?{query}" if query else ""


def forms_on(page: str, html: str) -> list[Form]:
    reader = _FormReader(page)
    reader.feed(html)
    reader.close()
    return reader.forms


def with_script_endpoints(forms: list[Form]) -> list[Form]:
    """The forms, and a copy of each aimed at every endpoint its script posts to."""
    from dataclasses import replace

    out = []
    for form in forms:
        out.append(form)
        for url in form.script_urls:
            if url != form.action:
                out.append(replace(form, action=url, script_urls=[]))
    return out
