#!/usr/bin/python3
"""The page of `gongwen serve` in headless Chromium, as a new user would use it.

usage: page_test.py GONGWEN_BINARY ARTEFACT_DIR

Opens the page, chooses 通知, reads its fields, uploads an .xlsx of 16 units and reads the check's
findings in Chinese, adds the common data, renders the batch and downloads the zip, opens a document
from it with LibreOffice and checks its text; renders one document (with the first-page preview when
LibreOffice is installed); converts pasted text; checks a document's format; opens the English page.
A screenshot of each step is kept in ARTEFACT_DIR. Exits non-zero at the first failed step.
"""
import csv
import glob
import io
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def units_workbook(path, names):
    """An .xlsx of one row per unit (主送机关, 成文日期), written as Excel writes its simplest sheets."""
    def cell(ref, text):
        text = text.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
    rows = ['<row r="1">' + cell("A1", "主送机关") + cell("B1", "成文日期") + "</row>"]
    for index, name in enumerate(names, start=2):
        rows.append(f'<row r="{index}">' + cell(f"A{index}", name) + cell(f"B{index}", "2023年3月6日") + "</row>")
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="单位" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{"".join(rows)}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)


def libreoffice_text(document, folder):
    """The document's text as LibreOffice reads it (the stand-in for Word and WPS)."""
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile", "--convert-to", "txt:Text",
                    "--outdir", folder, document], check=True, capture_output=True, timeout=180)
    with open(os.path.join(folder, os.path.splitext(os.path.basename(document))[0] + ".txt"), encoding="utf-8-sig") as handle:
        return handle.read()


class Page:
    def __init__(self, base, artefacts, downloads):
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1800", "--lang=zh-CN"]:
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
        service = Service(executable_path="/usr/bin/chromedriver")
        self.driver = webdriver.Chrome(options=options, service=service)
        self.driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        self.base, self.artefacts, self.downloads, self.step = base, artefacts, downloads, 0

    def shot(self, name, selector=None):
        """Saves a screenshot, scrolled so that `selector` (the step's result) is in view."""
        if selector:
            self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", self.find(selector))
        self.step += 1
        self.driver.save_screenshot(os.path.join(self.artefacts, f"{self.step:02d}-{name}.png"))

    def wait_for(self, selector, seconds=120):
        return WebDriverWait(self.driver, seconds).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, selector)))

    def find(self, selector):
        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def download(self, link_selector, suffix):
        before = set(os.listdir(self.downloads))
        self.find(link_selector).click()
        for _ in range(600):
            new = [name for name in set(os.listdir(self.downloads)) - before if name.endswith(suffix)]
            if new:
                return os.path.join(self.downloads, new[0])
            time.sleep(0.1)
        raise AssertionError(f"nothing ending in {suffix} was downloaded from {link_selector}")


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print("ok:", message)


def main():
    binary, artefacts = sys.argv[1], os.path.abspath(sys.argv[2])
    os.makedirs(artefacts, exist_ok=True)
    for old in glob.glob(os.path.join(artefacts, "*.png")):
        os.remove(old)
    work = tempfile.mkdtemp(prefix="gongwen-page-test-")
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    with open(os.path.join(ROOT, "samples/units.csv"), encoding="utf-8-sig") as handle:
        names = [row["单位"] for row in csv.DictReader(handle)]
    check(len(names) == 16, "samples/units.csv names 16 units")
    workbook = os.path.join(work, "各单位.xlsx")
    units_workbook(workbook, names)

    environment = dict(os.environ, GONGWEN_TEMPLATES=os.path.join(ROOT, "templates"))
    server = subprocess.Popen([binary, "serve", "--port", "0"], stdout=subprocess.PIPE, text=True, env=environment)
    page = None
    try:
        address = re.search(r"http://\S+", server.stdout.readline()).group(0)
        page = Page(address, artefacts, downloads)
        driver = page.driver
        driver.get(address)
        check("公文生成" in driver.title, "the page opens in Chinese")
        page.shot("page")

        Select(page.find("#template_name")).select_by_value("notice")
        page.find("#inspect").click()
        table = page.wait_for("#field-table")
        check("主送机关" in table.text and "正文" in table.text, "the notice's fields are listed")
        page.shot("fields")

        page.find("#units").send_keys(workbook)
        page.find("#check").click()
        findings = page.wait_for("#check-errors")
        check("缺少数据" in findings.text and "第 2 行" in findings.text, "without the common data, missing values are listed by row, in Chinese")
        check("标题" in page.find("#by-field").text, "and by field")
        page.shot("findings", "#by-field")

        # The sample without its seal: an upload carries no pictures.
        common = os.path.join(tempfile.mkdtemp(), "notice.yaml")
        with open(os.path.join(ROOT, "samples/notice.yaml"), encoding="utf-8") as source, \
                open(common, "w", encoding="utf-8") as target:
            target.writelines(line for line in source if not line.startswith("印章:"))
        page.find("#data").send_keys(common)
        page.find("#check").click()
        page.wait_for("#check-ok")
        page.shot("check-passed", "#check-ok")

        page.find("#batch").click()
        page.wait_for("#zip-link", 300)
        check("已生成 16 份" in page.find("#batch-summary").text, "the batch wrote 16 documents")
        page.shot("batch", "#batch-summary")
        zip_path = page.download("#zip-link", ".zip")
        with zipfile.ZipFile(zip_path) as archive:
            entries = archive.namelist()
            check(len([e for e in entries if e.endswith(".docx")]) == 16 and entries[-1] == "manifest.csv",
                  "the zip holds 16 documents and the manifest last")
            document = os.path.join(work, "市教育局.docx")
            with open(document, "wb") as handle:
                handle.write(archive.read("市教育局.docx"))
        text = libreoffice_text(document, work)
        # the title breaks between words onto two lines
        check("市教育局：" in text and "关于开展2023年度机关作风建设专项检查的通知" in text.replace("\n", "") and "{{" not in text,
              "LibreOffice reads 市教育局's notice, addressed to it, with no tag left")

        page.find("#render").click()
        page.wait_for("#document-link", 180)
        single = page.download("#document-link", ".docx")
        check("检查的通知" in libreoffice_text(single, work), "one rendered document downloads")
        if subprocess.run(["which", "soffice"], capture_output=True).returncode == 0:
            image = page.wait_for("#preview-image", 300)
            WebDriverWait(driver, 60).until(lambda d: d.execute_script("return arguments[0].naturalWidth", image) > 100)
            check(True, "the first page is previewed")
        page.shot("render-preview", "#document-link")

        with open(os.path.join(ROOT, "samples/party-building-2022.txt"), encoding="utf-8") as handle:
            report = handle.read()
        page.find("#convert-text").send_keys(report[:1500])
        page.find("#convert-fields").send_keys("发文机关: 某市人民政府办公室\n成文日期: 2023年1月16日")
        page.find("#convert").click()
        page.wait_for("#convert-link", 180)
        converted = page.download("#convert-link", ".docx")
        title = report.splitlines()[0].strip()
        check(title in libreoffice_text(converted, work), "the pasted text becomes a document under its title")
        page.shot("convert", "#convert-link")

        page.find("#format-document").send_keys(converted)
        page.find("#check-format").click()
        page.wait_for("#format-ok")
        page.find("#format-document").clear()
        plain = os.path.join(work, "plain.docx")
        with zipfile.ZipFile(os.path.join(ROOT, "templates/notice.docx")) as source, zipfile.ZipFile(plain, "w") as target:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename == "word/document.xml":
                    data = re.sub(rb'w:top="\d+"', b'w:top="1440"', data)
                target.writestr(item, data)
        page.find("#format-document").send_keys(plain)
        page.find("#check-format").click()
        deviations = page.wait_for("#deviations")
        check("margin_top" in deviations.text, "a document with a wrong top margin is listed by element")
        page.shot("check-format", "#deviations")

        driver.get(address + "?lang=en")
        check("Step 1: template" in driver.page_source, "?lang=en shows the page in English")
        page.shot("english")
    finally:
        if page:
            page.driver.quit()
        server.terminate()
        server.wait(timeout=60)
    check(server.returncode == 0, "the server stops on SIGTERM")
    print("browser test: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
