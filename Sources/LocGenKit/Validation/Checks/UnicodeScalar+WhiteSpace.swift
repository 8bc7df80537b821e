extension Unicode.Scalar {
    /// Unicode's White_Space property. It is a fixed list of 25 characters, so a `switch` answers it without the
    /// table lookup of `properties.isWhitespace`, which the checks would otherwise make for every character.
    var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// A tab or a space separator (general category Zs): what a double space is made of.
    var isHorizontalSpace: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
