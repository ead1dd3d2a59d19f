/// A `word/document.xml` in the exact form Word 365 saves it: the declaration with
/// `standalone="yes"` and CR LF, then the whole tree on one line; every namespace Word declares
/// (most unused) with `mc:Ignorable`; rsid and `w14:paraId` attributes; split runs, spelling marks,
/// bookmarks, a PAGE field, a hyperlink, a smart tag, `mc:AlternateContent`, a drawing, a table
/// with merged cells, escaped `& < >`, and `"` `'` left as they are in text.
///
/// Kept as Swift source (not a resource) so the bytes, CR LF included, are exactly what is written here.
enum WordGoldenDocument {
  static let text: String = [
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n",
    "<w:document \(WordML.documentNamespaces)>",
    "<w:body>",
    // Title: centred, 方正小标宋, split by Word into three runs with different rsids.
    #"<w:p w14:paraId="3F1A2B4C" w14:textId="1E2D3C4B" w:rsidR="00C76A21" w:rsidRDefault="00C76A21" w:rsidP="00A94E3F">"#,
    #"<w:pPr><w:spacing w:line="600" w:lineRule="exact"/><w:jc w:val="center"/><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:pPr>"#,
    #"<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>"#,
    #"<w:r w:rsidRPr="00A94E3F"><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hint="eastAsia"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr><w:t>关于</w:t></w:r>"#,
    #"<w:r w:rsidR="00B31F07" w:rsidRPr="00A94E3F"><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hint="eastAsia"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr><w:t>2024年度</w:t></w:r>"#,
    #"<w:r w:rsidRPr="00A94E3F"><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hint="eastAsia"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr><w:t>工作情况的报告</w:t></w:r></w:p>"#,
    // Body text with a proofing mark, escaped characters, quotes, a tab and a soft line break.
    #"<w:p w14:paraId="5A6B7C8D" w14:textId="2F3E4D5C" w:rsidR="00A94E3F" w:rsidRDefault="00A94E3F" w:rsidP="00A94E3F">"#,
    #"<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:pPr>"#,
    #"<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">R&amp;D 投入 &lt;5% 与 &gt;3% 之间，"引领"与'带动' </w:t></w:r>"#,
    #"<w:proofErr w:type="spellStart"/><w:r w:rsidR="00D12E45"><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t>Gongwen</w:t></w:r><w:proofErr w:type="spellEnd"/>"#,
    #"<w:r><w:rPr><w:sz w:val="32"/></w:rPr><w:tab/><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r>"#,
    #"<w:r><w:rPr><w:sz w:val="32"/></w:rPr><w:lastRenderedPageBreak/><w:t xml:space="preserve"> 丙</w:t></w:r></w:p>"#,
    // A smart tag, a hyperlink and a PAGE field.
    #"<w:p w14:paraId="6C7D8E9F" w14:textId="3A4B5C6D" w:rsidR="00A94E3F" w:rsidRDefault="00E5F60A">"#,
    #"<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate"><w:smartTagPr><w:attr w:name="Year" w:val="2024"/><w:attr w:name="Month" w:val="3"/><w:attr w:name="Day" w:val="1"/><w:attr w:name="IsLunarDate" w:val="False"/><w:attr w:name="IsROCDate" w:val="False"/></w:smartTagPr><w:r><w:t>2024年3月1日</w:t></w:r></w:smartTag>"#,
    #"<w:hyperlink r:id="rId8" w:history="1"><w:r w:rsidRPr="00F01A2B"><w:rPr><w:rStyle w:val="a3"/></w:rPr><w:t>http://www.gov.cn/?a=1&amp;b=2</w:t></w:r></w:hyperlink>"#,
    #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE  \* Arabic  \* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
    #"<w:fldSimple w:instr=" HYPERLINK &quot;http://www.gov.cn/&quot; \o &quot;中国政府网&quot; "><w:r><w:rPr><w:rStyle w:val="a3"/></w:rPr><w:t>政府网</w:t></w:r></w:fldSimple></w:p>"#,
    // mc:AlternateContent around a text box, as Word writes shapes.
    ##"<w:p w14:paraId="7E8F9A0B" w14:textId="4B5C6D7E" w:rsidR="00E5F60A" w:rsidRDefault="00E5F60A"><w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="0A1B2C3D" wp14:editId="4E5F6A7B"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="457200"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent><w:p w14:paraId="1A2B3C4E" w14:textId="5F6E7D8C" w:rsidR="00E5F60A" w:rsidRDefault="00E5F60A"><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:2in;height:36pt;z-index:251659264" stroked="f"><v:textbox><w:txbxContent><w:p w14:paraId="2B3C4D5F" w14:textId="6A7B8C9D" w:rsidR="00E5F60A" w:rsidRDefault="00E5F60A"><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"##,
    // A table with a header row, a horizontal merge and a vertical merge.
    #"<w:tbl><w:tblPr><w:tblStyle w:val="a4"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="2765"/><w:gridCol w:w="2765"/><w:gridCol w:w="2766"/></w:tblGrid>"#,
    #"<w:tr w:rsidR="00A94E3F" w14:paraId="0F1E2D3C" w14:textId="77777777" w:rsidTr="00A94E3F"><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w="5530" w:type="dxa"/><w:gridSpan w:val="2"/></w:tcPr><w:p w14:paraId="4B5A6978" w14:textId="77777777" w:rsidR="00A94E3F" w:rsidRDefault="00A94E3F"><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="2766" w:type="dxa"/><w:vMerge w:val="restart"/></w:tcPr><w:p w14:paraId="5C6B7A89" w14:textId="77777777" w:rsidR="00A94E3F" w:rsidRDefault="00A94E3F"><w:r><w:t>备注</w:t></w:r></w:p></w:tc></w:tr>"#,
    #"<w:tr w:rsidR="00A94E3F" w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidTr="00A94E3F"><w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/></w:tcPr><w:p w14:paraId="6D7C8B9A" w14:textId="77777777" w:rsidR="00A94E3F" w:rsidRDefault="00A94E3F"/></w:tc><w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/></w:tcPr><w:p w14:paraId="7E8D9CAB" w14:textId="77777777" w:rsidR="00A94E3F" w:rsidRDefault="00A94E3F"><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>1,234.50</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="2766" w:type="dxa"/><w:vMerge/></w:tcPr><w:p w14:paraId="0F9EADBC" w14:textId="77777777" w:rsidR="00A94E3F" w:rsidRDefault="00A94E3F"/></w:tc></w:tr></w:tbl>"#,
    #"<w:p w14:paraId="2C3D4E5F" w14:textId="77777777" w:rsidR="00A94E3F" w:rsidRDefault="00A94E3F"/>"#,
    #"<w:sectPr w:rsidR="00A94E3F" w:rsidSect="00C76A21"><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>"#,
    "</w:body></w:document>",
  ].joined()
}
