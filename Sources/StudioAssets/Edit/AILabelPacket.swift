/// Writes the IPTC `DigitalSourceType` that says a file was made by generative AI into an XMP packet,
/// keeping everything else the packet holds.
enum AILabelPacket {
    /// The IPTC NewsCodes URI for content made by a trained model.
    static let uri = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"

    /// `packet` with the property set to ``uri``: its value replaced where it has one, else a description
    /// holding it added to the RDF; a whole new packet when there is none (or it has no `rdf:RDF`).
    static func labelled(_ packet: [UInt8]?) -> [UInt8] {
        if var packet, let value = XMPLabel.valueRange(in: packet) {
            packet.replaceSubrange(value, with: Array(uri.utf8))
            return packet
        }
        let description = """
            <rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">\
            <Iptc4xmpExt:DigitalSourceType>\(uri)</Iptc4xmpExt:DigitalSourceType></rdf:Description>
            """
        if var packet, let end = packet.firstOffset(of: "</rdf:RDF>", from: 0) {
            packet.insert(contentsOf: Array(description.utf8), at: end)
            return packet
        }
        let fresh = """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\
            \(description)</rdf:RDF></x:xmpmeta>
            <?xpacket end="w"?>
            """
        return Array(fresh.utf8)
    }
}
