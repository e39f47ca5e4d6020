//! A zip archive of a few small files, stored (not compressed): what a hand-over bundle needs,
//! readable by every unzip tool, without a compression library.

/// The archive of `files` (name, contents), in that order.
pub(crate) fn stored(files: &[(&str, &[u8])]) -> Vec<u8> {
    // Sized up front: the files hold a private key, and a growing `Vec` frees copies as it goes.
    let names: usize = files.iter().map(|(name, _)| name.len()).sum();
    let data: usize = files.iter().map(|(_, data)| data.len()).sum();
    let mut out = Vec::with_capacity(files.len() * (30 + 46) + 2 * names + data + 22);
    let mut central = Vec::with_capacity(files.len() * 46 + names);
    for (name, data) in files {
        let offset = out.len() as u32;
        let crc = crc32fast::hash(data);
        let size = data.len() as u32;
        let name = name.as_bytes();
        // Local file header: version 2.0, no flags, stored, no time (1980-01-01).
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&20u16.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&0x0021u16.to_le_bytes());
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name);
        out.extend_from_slice(data);
        // Central directory entry: made by Unix (3.0); mode 0600 in the external attributes.
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&0x031eu16.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&0x0021u16.to_le_bytes());
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&(name.len() as u16).to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&((0o100_600u32) << 16).to_le_bytes());
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name);
    }
    let central_at = out.len() as u32;
    let central_len = central.len() as u32;
    out.extend_from_slice(&central);
    zeroize::Zeroize::zeroize(&mut central);
    let count = files.len() as u16;
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&central_len.to_le_bytes());
    out.extend_from_slice(&central_at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unzip_reads_the_archive_back() {
        let archive = stored(&[("a.txt", b"hello\n"), ("dir/b.bin", &[0, 1, 2, 255])]);
        let dir =
            std::env::temp_dir().join(format!("vpncert-zip-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("x.zip");
        std::fs::write(&path, &archive).unwrap();
        // Python's zipfile checks the CRCs and the central directory against the entries.
        let out = std::process::Command::new("python3")
            .args(["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(z.namelist(), z.read('a.txt'), list(z.read('dir/b.bin')), oct(z.getinfo('a.txt').external_attr >> 16))"])
            .arg(&path)
            .output()
            .unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            text.trim(),
            "['a.txt', 'dir/b.bin'] b'hello\\n' [0, 1, 2, 255] 0o100600"
        );
    }
}
