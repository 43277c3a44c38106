"""A broken configuration names the unit, column and key, in two languages, and crawls nothing."""

from __future__ import annotations

import textwrap

import pytest

from config import ConfigError, parse_config

GOOD = textwrap.dedent(
    """
    portal: {name: 渭滨区人民政府, base_url: "http://www.example.gov.cn/"}
    crawl: {timeout_s: 5, concurrency: 2}
    categories:
      - {id: dynamic, names: [工作动态, 部门动态], max_age_days: 14, required_for: [department]}
      - {id: overview, names: [机构概况], max_age_days: null}
    units:
      - id: fgj
        name: 区发展和改革局
        kind: department
        subpage: http://www.example.gov.cn/bm/fgj/index.html
        columns:
          - {name: 工作动态, url: "http://www.example.gov.cn/bm/fgj/gzdt/", category: dynamic}
    """
)


def broken(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new)


def test_good_configuration_becomes_domain_values() -> None:
    config = parse_config(GOOD)
    assert config.crawl.timeout_s == 5
    assert config.crawl.concurrency == 2
    assert config.crawl.delay_s == 0.5  # the documented default
    assert config.categories["dynamic"].max_age_days == 14
    assert config.categories["overview"].max_age_days is None
    unit = config.unit("fgj")
    assert unit.columns[0].category == "dynamic"
    assert unit.columns[0].url == "http://www.example.gov.cn/bm/fgj/gzdt/"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'url: "http://www.example.gov.cn/bm/fgj/gzdt/"',
            'url: "bm/fgj/gzdt/"',
            ["unit fgj", "column 工作动态", "key url", "单位 fgj", "栏目 工作动态"],
        ),
        (
            'url: "http://www.example.gov.cn/bm/fgj/gzdt/"',
            'url: "ftp://www.example.gov.cn/x"',
            ["unit fgj", "column 工作动态", "key url", "not an absolute http(s) URL"],
        ),
        (
            "category: dynamic}",
            "category: dynamc}",
            ["unit fgj", "column 工作动态", "key category", "unknown category 'dynamc'"],
        ),
        (
            "subpage: http://www.example.gov.cn/bm/fgj/index.html",
            "subpage: /bm/fgj/",
            ["unit fgj", "key subpage"],
        ),
        ("timeout_s: 5", "timeout_s: -1", ["key crawl", "key timeout_s"]),
    ],
)
def test_errors_name_unit_column_and_key(old: str, new: str, expected: list[str]) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(broken(old, new))
    message = str(caught.value)
    assert "nothing was crawled" in message and "未进行任何检查" in message
    for part in expected:
        assert part in message


def test_duplicate_unit_id_is_an_error() -> None:
    doubled = GOOD + textwrap.indent(
        textwrap.dedent(
            """\
            - id: fgj
              name: 另一个
              kind: town
              subpage: http://www.example.gov.cn/zj/x/
            """
        ),
        "  ",
    )
    with pytest.raises(ConfigError, match=r"duplicate id 'fgj'"):
        parse_config(doubled)


def test_yaml_syntax_error_and_non_mapping() -> None:
    with pytest.raises(ConfigError, match="YAML"):
        parse_config("portal: [unclosed")
    with pytest.raises(ConfigError, match="mapping"):
        parse_config("- just a list")


def test_unknown_time_zone() -> None:
    with pytest.raises(ConfigError, match="unknown time zone"):
        parse_config(broken("base_url:", "timezone: Mars/Olympus, base_url:"))


def test_bundled_sample_configuration_is_valid() -> None:
    from config import default_config_path, load_config

    config = load_config(default_config_path())
    assert len(config.units) >= 5
    kinds = {u.kind for u in config.units}
    assert {"department", "town"} <= kinds


def test_unknown_keys_are_warned_about_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    config = parse_config(broken("kind: department", "kind: department\n    colour: red"))
    assert config.unit("fgj").kind == "department"
    assert "units[fgj].colour" in caplog.text
    assert "unknown key ignored" in caplog.text


def test_category_without_max_age_has_no_freshness_rule() -> None:
    config = parse_config(broken("max_age_days: null", "required_for: []"))
    assert config.categories["overview"].max_age_days is None
