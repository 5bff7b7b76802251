"""Builds real argos packages for tests and benchmarks: a SentencePiece model trained on the spot and a
CTranslate2 transformer, with random weights or with weights built to copy its input, zipped as an .argosmodel
file that argostranslate installs."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class Shape:
    """Transformer dimensions. The default is tiny; `BASE` is the shape of the argos fr/en packages."""

    layers: int = 2
    d_model: int = 32
    heads: int = 4
    ffn: int = 64
    vocab: int = 0  # 0: the SentencePiece vocabulary only; more: padded with unused pieces up to this size


BASE = Shape(layers=6, d_model=512, heads=8, ffn=2048, vocab=32000)


def train_sentencepiece(corpus: list[str], vocab_size: int) -> bytes:
    """A unigram SentencePiece model trained in memory on `corpus`."""
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(corpus),
        model_writer=model,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        minloglevel=2,
    )
    return model.getvalue()


def _vocabulary(sp_model: bytes, size: int) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=sp_model)
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    pieces += ["<blank>"]
    pieces += [f"<unused{i}>" for i in range(max(0, size - len(pieces)))]
    return pieces


def _random_spec(vocabulary: list[str], shape: Shape, seed: int, eos_bias: float):
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    d, f = shape.d_model, shape.ffn

    def weights(*dims: int) -> np.ndarray:
        return (rng.standard_normal(dims) / np.sqrt(dims[-1])).astype(np.float32)

    def norm(spec) -> None:
        spec.gamma = np.ones(d, np.float32)
        spec.beta = np.zeros(d, np.float32)

    def linear(spec, rows: int, columns: int) -> None:
        spec.weight = weights(rows, columns)
        spec.bias = np.zeros(rows, np.float32)

    def attention(spec, self_attention: bool) -> None:
        norm(spec.layer_norm)
        if self_attention:
            linear(spec.linear[0], 3 * d, d)
            linear(spec.linear[1], d, d)
        else:
            linear(spec.linear[0], d, d)
            linear(spec.linear[1], 2 * d, d)
            linear(spec.linear[2], d, d)

    def ffn(spec) -> None:
        norm(spec.layer_norm)
        linear(spec.linear_0, f, d)
        linear(spec.linear_1, d, f)

    spec = transformer_spec.TransformerSpec.from_config(shape.layers, shape.heads)
    size = len(vocabulary)
    spec.encoder.embeddings[0].weight = weights(size, d)
    norm(spec.encoder.layer_norm)
    for layer in spec.encoder.layer:
        attention(layer.self_attention, True)
        ffn(layer.ffn)
    spec.decoder.embeddings.weight = weights(size, d)
    norm(spec.decoder.layer_norm)
    linear(spec.decoder.projection, size, d)
    spec.decoder.projection.bias[vocabulary.index("</s>")] = eos_bias
    for layer in spec.decoder.layer:
        attention(layer.self_attention, True)
        attention(layer.attention, False)
        ffn(layer.ffn)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    return spec


def _copy_spec(vocabulary: list[str], shape: Shape):
    """A transformer of the given shape whose output is its input, by construction. Token vectors and position
    codes live in separate dimensions (one-hot tokens when they fit, else random unit vectors, nearly orthogonal);
    in the first decoder layer every attention head's queries and keys are the position codes, so step t looks
    only at source position t, and the values pass that token on; the source ends with </s>, which ends the
    output. All other weights are faint noise: they add next to nothing, but cost what a trained model's cost."""
    from ctranslate2.specs import transformer_spec

    size, position_dims, max_length = len(vocabulary), 64, 1024
    d = shape.d_model if shape.d_model >= 2 * position_dims else -(-(size + position_dims) // shape.heads) * shape.heads
    token_dims, head_dims = d - position_dims, d // shape.heads
    assert head_dims >= position_dims, "every attention head needs room for the position codes"
    rng = np.random.default_rng(0)
    if size <= token_dims:
        token_vectors = np.eye(size, token_dims)
    else:
        token_vectors = rng.standard_normal((size, token_dims))
        token_vectors /= np.linalg.norm(token_vectors, axis=1, keepdims=True)
    codes = rng.standard_normal((max_length, position_dims))
    codes /= np.linalg.norm(codes, axis=1, keepdims=True)
    tokens, positions = np.zeros((d, d)), np.zeros((d, d))
    tokens[:token_dims, :token_dims] = np.eye(token_dims)
    for head in range(shape.heads):  # each head's slice of the queries and keys holds the position code
        positions[head * head_dims : head * head_dims + position_dims, token_dims:] = np.eye(position_dims)

    def norm(spec) -> None:
        spec.gamma, spec.beta = np.ones(d, np.float32), np.zeros(d, np.float32)

    def linear(spec, weight: np.ndarray) -> None:
        spec.weight, spec.bias = weight.astype(np.float32), np.zeros(weight.shape[0], np.float32)

    def faint(rows: int, columns: int) -> np.ndarray:  # distinct weights, so none is stored once for many layers
        return rng.standard_normal((rows, columns)) * 1e-4

    def silent(layer) -> None:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], faint(3 * d, d))
        linear(layer.self_attention.linear[1], faint(d, d))
        norm(layer.ffn.layer_norm)
        linear(layer.ffn.linear_0, faint(shape.ffn, d))
        linear(layer.ffn.linear_1, faint(d, shape.ffn))

    spec = transformer_spec.TransformerSpec.from_config(shape.layers, shape.heads)
    embeddings = np.zeros((size, d))
    embeddings[:, :token_dims] = token_vectors
    encodings = np.zeros((max_length, d), np.float32)
    encodings[:, token_dims:] = codes
    for side in (spec.encoder, spec.decoder):
        side.scale_embeddings = False
        side.position_encodings.encodings = encodings
        norm(side.layer_norm)
        for layer in side.layer:
            silent(layer)
    spec.encoder.embeddings[0].weight = embeddings.astype(np.float32)
    spec.decoder.embeddings.weight = embeddings.astype(np.float32)
    for index, layer in enumerate(spec.decoder.layer):
        norm(layer.attention.layer_norm)
        first = index == 0
        linear(layer.attention.linear[0], 60.0 * positions if first else faint(d, d))  # queries
        linear(layer.attention.linear[1], np.concatenate([positions, 20.0 * tokens]) + faint(2 * d, d))  # keys, values
        linear(layer.attention.linear[2], np.eye(d) if first else faint(d, d))
    linear(spec.decoder.projection, embeddings)
    spec.config.add_source_eos = True
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    return spec


def build_package(
    directory: Path,
    from_code: str,
    to_code: str,
    corpus: list[str],
    *,
    shape: Shape = Shape(),
    sp_vocab: int = 200,
    version: str = "1.0",
    seed: int = 0,
    eos_bias: float = 0.0,
    copy: bool = False,
) -> Path:
    """Write translate-{from}_{to}-{version}.argosmodel into `directory` and return its path: random weights of
    the given shape, or (copy=True) a model that returns its input, a translation perfect by construction."""
    sp_model = train_sentencepiece(corpus, sp_vocab)
    vocabulary = _vocabulary(sp_model, shape.vocab)
    spec = _copy_spec(vocabulary, shape) if copy else _random_spec(vocabulary, shape, seed, eos_bias)
    name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    staging = directory / f"{name}.staging"
    (staging / "model").mkdir(parents=True)
    spec.validate()
    spec.optimize(quantization="int8")
    spec.save(str(staging / "model"))
    metadata = {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": from_code,
        "from_name": from_code,
        "to_code": to_code,
        "to_name": to_code,
        "type": "translate",
        "links": [],
    }
    archive = directory / f"{name}.argosmodel"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as bundle:
        bundle.writestr(f"{name}/metadata.json", json.dumps(metadata))
        bundle.writestr(f"{name}/sentencepiece.model", sp_model)
        for path in sorted((staging / "model").iterdir()):
            bundle.write(path, f"{name}/model/{path.name}")
    for path in (staging / "model").iterdir():
        path.unlink()
    (staging / "model").rmdir()
    staging.rmdir()
    return archive
