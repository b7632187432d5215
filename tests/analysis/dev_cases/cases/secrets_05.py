import boto3


def s3_client():
    return boto3.client(
        "s3",
        aws_access_key_id="AKIA4QWERTYZX7J2LMNB",
        aws_secret_access_key="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",
    )
