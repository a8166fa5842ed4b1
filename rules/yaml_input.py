"""Reading a YAML file a user hands in (case, profile, claims, a rule pack), within limits.

A YAML file is input from outside: it may be huge, nested thousands deep (PyYAML composes
nodes recursively, so that is a crash), an alias bomb ("billion laughs": a few hundred
bytes that expand to billions of nodes for whoever walks them), a 5000-digit number
(Python refuses to convert it) or a mapping keyed by a list.  Each is refused here, before
anything else reads the data, with a one-line message naming the file and the line.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "x.yaml"
>>> _ = p.write_text("a: [1, 2]\\nb: {c: 2019-06-30}", encoding="utf-8")
>>> read_yaml(p)
{'a': [1, 2], 'b': {'c': '2019-06-30'}}
>>> _ = p.write_text("a: &a [x, x]\\nb: &b [*a, *a]\\nc: [*b, *b]", encoding="utf-8")
>>> read_yaml(p)["c"][0][0]
['x', 'x']
>>> _ = p.write_text("a: &a [1, *a]", encoding="utf-8")
>>> try:
...     read_yaml(p)
... except InputError as err:
...     print(str(err).split(": ", 1)[1])
第 1 行: YAML 格式错误：别名引用了自身（无限展开）
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 1 << 20  # 1 MB: a profile is a few hundred bytes, a long claims list some tens of KB
MAX_DEPTH = 50
MAX_EXPANDED_NODES = 100_000  # nodes after expanding every alias
MAX_INT_DIGITS = 18  # ranks, counts, 万元: nothing real is longer
CLIP = 80  # a value from the input repeated in a message is cut to this many characters


def clip(value: object, width: int = CLIP) -> str:
    """``value`` as text, cut to ``width`` characters (CONTRACT §6.1).

    >>> clip("张" * 100)[-3:]
    '张张…'
    >>> len(clip("x" * 1000))
    80
    """
    text = str(value).replace("\n", " ").replace("\r", " ")
    return text if len(text) <= width else text[:width - 1] + "…"


class InputError(ValueError):
    """Unusable input: ``str(err)`` is the one line the CLI prints before exiting 2.

    Every part taken from the input (the file's name, the key, the suggestion) is clipped.
    """

    def __init__(self, source: str, key: str, problem: str, suggestion: str | None = None):
        self.source, self.key, self.problem, self.suggestion = source, key, problem, suggestion
        hint = f"；是否想写 '{clip(suggestion)}'？" if suggestion else ""
        where = clip(key) if key else "（顶层）"
        super().__init__(f"{clip(source, 160)}: {where}: {problem}{hint}")


class _Limited(yaml.SafeLoader):
    """SafeLoader with depth, alias, key and number limits; dates stay text; no duplicate keys."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise yaml.constructor.ConstructorError(
                    None, None, f"嵌套超过 {MAX_DEPTH} 层", mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def compose_document(self):  # noqa: ANN201
        node = super().compose_document()
        if node is not None:
            _check_expansion(node)
        return node

    def construct_mapping(self, node, deep=False):  # noqa: ANN001, ANN201
        seen: set[str] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None, None, "键必须是文字（不能是列表或映射）", key_node.start_mark)
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                raise yaml.constructor.ConstructorError(
                    None, None, f"键必须是文字，实为 {clip(key_node.value)!r}", key_node.start_mark)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"键 {clip(key)!r} 重复出现", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_int(self, node):  # noqa: ANN001, ANN201
        digits = node.value.replace("_", "").lstrip("+-")
        if len(digits) > MAX_INT_DIGITS:
            raise yaml.constructor.ConstructorError(
                None, None, f"数字 {clip(node.value, 30)} 过长（超过 {MAX_INT_DIGITS} 位）", node.start_mark)
        return super().construct_yaml_int(node)


_Limited.add_constructor("tag:yaml.org,2002:map", _Limited.construct_yaml_map)
_Limited.add_constructor("tag:yaml.org,2002:int", _Limited.construct_yaml_int)
# Dates stay text: PartialDate parses them with a message of ours, and 2019-02-30 is our
# error to report, not a crash inside the YAML library's timestamp constructor.
_Limited.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _has_alias(root: yaml.Node) -> bool:
    """Whether a node is reached twice (an alias, *name), by a walk that stops at the first."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack += [n for pair in node.value for n in pair]
        elif isinstance(node, yaml.SequenceNode):
            stack += list(node.value)
    return False


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a document whose aliases expand past ``MAX_EXPANDED_NODES`` nodes.

    Sizes are memoised per node, so the check costs one visit per distinct node however
    many times aliases repeat it."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()  # on the current path: meeting one again is a cycle
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        if isinstance(node, yaml.ScalarNode):
            sizes[id(node)] = 1
            continue
        children = [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else list(node.value)
        if children_done:
            open_nodes.discard(id(node))
            total = 1 + sum(sizes.get(id(c), 1) for c in children)
            sizes[id(node)] = total
            if total > MAX_EXPANDED_NODES:
                # (a long file with no alias at all reaches the budget too: say which it is)
                raise yaml.constructor.ConstructorError(
                    None, None, (f"别名（&/*）展开后超过 {MAX_EXPANDED_NODES} 个节点" if _has_alias(root)
                                 else f"内容过多（超过 {MAX_EXPANDED_NODES} 个节点），不像一份申报材料清单"), node.start_mark)
        else:
            if id(node) in open_nodes:
                raise yaml.constructor.ConstructorError(None, None, "别名引用了自身（无限展开）", node.start_mark)
            open_nodes.add(id(node))
            stack.append((node, True))
            for child in children:
                if id(child) in open_nodes:
                    raise yaml.constructor.ConstructorError(None, None, "别名引用了自身（无限展开）", child.start_mark)
                if id(child) not in sizes:
                    stack.append((child, False))


def read_yaml(path: Path, what: str = "YAML 文件") -> Any:
    """Parse a YAML file within the limits, every failure a one-line ``InputError``."""
    source = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(source, "", "文件不存在") from None
    except OSError as err:
        raise InputError(source, "", f"无法读取（{clip(err.strerror or err, 40)}）") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(source, "", f"应为{what}，实为文件夹")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(source, "", f"应为{what}，实为管道、套接字或设备")
    if info.st_size > MAX_BYTES:
        raise InputError(source, "", f"文件有 {info.st_size / (1 << 20):.1f} MB，超过 {MAX_BYTES >> 20} MB 的上限")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise InputError(source, "", f"无法读取（{clip(err.strerror or err, 40)}）") from None
    if len(data) > MAX_BYTES:  # grew since stat
        raise InputError(source, "", f"文件超过 {MAX_BYTES >> 20} MB 的上限")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(source, "", "应为 UTF-8 编码的文字") from None
    return parse_yaml_text(text, source)


def parse_yaml_text(text: str, source: str) -> Any:
    """YAML text (a file's, or typed into a form) parsed within the limits: depth, aliases,
    long numbers; every failure a one-line ``InputError`` naming ``source`` and the line."""
    try:
        loader = _Limited(text)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        where = f"第 {mark.line + 1} 行" if mark else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise InputError(source, where, f"YAML 格式错误：{clip(_zh_problem(problem), 120)}") from None
    except RecursionError:
        raise InputError(source, "", f"嵌套过深（超过 {MAX_DEPTH} 层）") from None
    except ValueError as err:  # a number Python will not convert, and the like
        raise InputError(source, "", f"无法解析的值（{clip(err, 60)}）") from None


_PROBLEMS = {
    "mapping values are not allowed here": "此处不能有“键: 值”（缩进或冒号有误？）",
    "could not find expected ':'": "缺少冒号“:”",
    "found character '\\t' that cannot start any token": "不能用制表符缩进，请用空格",
    "found undefined alias": "引用了未定义的别名",
    "expected <block end>, but found '-'": "列表项“-”的缩进有误",
    "found unhashable key": "键必须是文字",
    "expected a single document in the stream": "文件中只能有一个 YAML 文档（多了“---”？）",
    "could not determine a constructor for the tag": "不支持的标记（!! 或 << 合并键）",
    "expected ',' or ']'": "方括号列表“[ ]”没有闭合，或其中缺少逗号",
    "expected ',' or '}'": "花括号“{ }”没有闭合，或其中缺少逗号",
    "found unexpected end of stream": "引号没有闭合（文件在引号内结束）",
    "found unknown escape character": "双引号内有无法识别的转义字符（\\ 后的字母）",
    "while scanning a quoted scalar": "引号没有闭合",
    "found character that cannot start any token": "有不能作为开头的字符（如 @ 或 `），请给该值加引号",
    "expected <document start>": "文件结构有误（多余的内容或缩进）",
    "expected <block end>": "缩进有误",
    "did not find expected key": "缩进有误，或缺少键",
    "did not find expected '-' indicator": "列表项“-”的缩进有误",
    "found duplicate anchor": "重复定义了同名锚点（&）",
    "unacceptable character": "文件中有不可打印的控制字符",
}


def _zh_problem(problem: str) -> str:
    """A YAML parser's problem in Chinese; one it has no words for is named in general terms,
    never in the parser's English."""
    for english, chinese in _PROBLEMS.items():
        if problem.startswith(english) or english in problem:
            return chinese
    if re.search("[\u4e00-\u9fff]", problem):
        return problem  # already ours (键“…”重复出现, 别名引用了自身)
    return "不符合 YAML 语法（请检查缩进、冒号、引号和括号）"


def line_of(path: Path, keypath: str) -> int | None:
    """The line (1-based) of ``keypath`` (``achievements[3].rank``) in a YAML file, for messages
    about values that parsed fine but mean nothing; None when it cannot be found.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.yaml"
    >>> _ = p.write_text("applicant:\\n  name: 张三\\n  educaton: bachelor\\n", encoding="utf-8")
    >>> line_of(p, "applicant.educaton")
    3
    """
    import re

    try:
        node = yaml.compose(Path(path).read_text(encoding="utf-8-sig"), Loader=_Limited)
    except Exception:  # noqa: BLE001 - only a hint for a message that is already on its way
        return None
    parts = re.findall(r"[^.\[\]]+|\[\d+\]", keypath)
    for n, part in enumerate(parts):
        if node is None:
            return None
        if part.startswith("[") and isinstance(node, yaml.SequenceNode):
            index = int(part[1:-1])
            node = node.value[index] if index < len(node.value) else None
        elif isinstance(node, yaml.MappingNode):
            found = [(k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part]
            if not found:
                return None
            key_node, node = found[0]
            if n == len(parts) - 1:
                return key_node.start_mark.line + 1
        else:
            return None
    return node.start_mark.line + 1 if node is not None else None
