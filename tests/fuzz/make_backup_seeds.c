/* Writes backup-format seeds encrypted with the all-zero key the backup fuzz target uses:
   cc make_backup_seeds.c -lsodium -o /tmp/seeds && /tmp/seeds corpus/backup */
#include <sodium.h>
#include <stdio.h>
#include <string.h>

static void put_u64(FILE* f, unsigned long long v) { for (int i = 0; i < 8; ++i) fputc((int)((v >> (8 * i)) & 0xff), f); }
static void put_u32(FILE* f, unsigned long v) { for (int i = 0; i < 4; ++i) fputc((int)((v >> (8 * i)) & 0xff), f); }

static int seed(const char* path, const char* const* parts, int count)
{
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES] = {0};
    unsigned char salt[crypto_pwhash_SALTBYTES] = {0};
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_state state;
    FILE* f = fopen(path, "wb");
    if (!f)
        return 1;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
    fputs("KINDZICHT-BACKUP-1\n", f);
    fwrite(salt, 1, sizeof salt, f);
    put_u64(f, crypto_pwhash_OPSLIMIT_MODERATE);
    put_u64(f, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    fwrite(header, 1, sizeof header, f);
    for (int i = 0; i < count; ++i) {
        unsigned char cipher[256];
        unsigned long long length = 0;
        const unsigned char tag = i == count - 1 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        crypto_secretstream_xchacha20poly1305_push(&state, cipher, &length, (const unsigned char*)parts[i],
                                                   strlen(parts[i]), NULL, 0, tag);
        put_u32(f, (unsigned long)length);
        fwrite(cipher, 1, (size_t)length, f);
    }
    return fclose(f);
}

int main(int argc, char** argv)
{
    char path[4096];
    const char* one[] = {"SQLite format 3"};
    const char* three[] = {"first part", "second part", ""};
    if (argc != 2 || sodium_init() < 0)
        return 2;
    snprintf(path, sizeof path, "%s/one-part.kzb", argv[1]);
    if (seed(path, one, 1))
        return 1;
    snprintf(path, sizeof path, "%s/three-parts.kzb", argv[1]);
    return seed(path, three, 3);
}
